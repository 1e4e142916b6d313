using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FakeRunner;

/// <summary>The runner's two verbs against FakeForge's GitHub.</summary>
internal static class ListenerCommands
{
    private const string SettingsFile = ".runner";

    public static async Task<int> ConfigureAsync(string[] args, string directory)
    {
        var options = Options(args);
        if (!options.TryGetValue("--url", out var url) || !options.TryGetValue("--token", out var token) || !options.TryGetValue("--name", out var name))
        {
            Console.Error.WriteLine("Error: --url, --token and --name are required");
            return 1;
        }

        var server = new Uri(new Uri(url).GetLeftPart(UriPartial.Authority) + "/");
        Console.WriteLine("--------------------------------------------------------------------------------");
        Console.WriteLine("|        ____ _ _   _   _       _          _        _   _                      |");
        Console.WriteLine("--------------------------------------------------------------------------------");
        using var http = new HttpClient { BaseAddress = server };
        using var request = new HttpRequestMessage(HttpMethod.Post, "actions/runner-registration")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["url"] = url,
                ["runner_event"] = "register",
                ["name"] = name,
                ["labels"] = options.GetValueOrDefault("--labels") ?? string.Empty,
                ["ephemeral"] = options.ContainsKey("--ephemeral"),
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("RemoteAuth", token);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            Console.Error.WriteLine($"Http response code: {(int)response.StatusCode} from 'POST {server}actions/runner-registration'");
            Console.Error.WriteLine(await response.Content.ReadAsStringAsync());
            return 1;
        }

        var registered = await response.Content.ReadFromJsonAsync<JsonObject>() ?? [];
        Console.WriteLine("√ Connected to GitHub");
        Console.WriteLine("√ Runner successfully added");
        var settings = new JsonObject
        {
            ["server"] = server.AbsoluteUri,
            ["id"] = registered["id"]?.GetValue<long>(),
            ["name"] = name,
            ["ephemeral"] = options.ContainsKey("--ephemeral"),
        };
        await File.WriteAllTextAsync(Path.Combine(directory, SettingsFile), settings.ToJsonString());
        Console.WriteLine("√ Settings Saved.");
        return 0;
    }

    public static async Task<int> RunAsync(string directory, CancellationToken stop)
    {
        var settingsPath = Path.Combine(directory, SettingsFile);
        if (!File.Exists(settingsPath))
        {
            Console.Error.WriteLine("Not configured. Run config.(sh/cmd) to configure the runner.");
            return 1;
        }

        var settings = JsonNode.Parse(await File.ReadAllTextAsync(settingsPath))!.AsObject();
        var id = settings["id"]!.GetValue<long>();
        var ephemeral = settings["ephemeral"]?.GetValue<bool>() ?? false;
        using var http = new HttpClient { BaseAddress = new Uri(settings["server"]!.GetValue<string>()) };
        await PostAsync(http, $"_fake/runners/{id}/status/online");
        Console.WriteLine();
        Console.WriteLine("√ Connected to GitHub");
        Console.WriteLine();
        Console.WriteLine("Current runner version: '2.317.0'");
        Log("Listening for Jobs");
        while (!stop.IsCancellationRequested)
        {
            JsonObject? job = null;
            try
            {
                using var response = await http.PostAsync($"_fake/runners/{id}/next-job", null, stop);
                if (response.StatusCode == System.Net.HttpStatusCode.OK)
                {
                    job = await response.Content.ReadFromJsonAsync<JsonObject>(stop);
                }
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (job is null)
            {
                await Pause(TimeSpan.FromMilliseconds(200), stop);
                continue;
            }

            var jobId = job["id"]!.GetValue<long>();
            var name = job["name"]!.GetValue<string>();
            Log($"Running job: {name}");
            var result = await WorkAsync(http, job, jobId, stop) ? job["result"]!.GetValue<string>() : "Canceled";
            await PostAsync(http, $"_fake/runner-jobs/{jobId}/finish");
            Log($"Job {name} completed with result: {result}");
            if (ephemeral)
            {
                return 0;
            }
        }

        Console.WriteLine("Exiting...");
        await PostAsync(http, $"_fake/runners/{id}/status/offline");
        Console.WriteLine("Runner listener exit with 0 return code, stop the service, no retry needed.");
        return 0;
    }

    /// <returns>False when the runner was stopped in the middle of the job.</returns>
    private static async Task<bool> WorkAsync(HttpClient http, JsonObject job, long jobId, CancellationToken stop)
    {
        if (job["duration_ms"] is { } duration)
        {
            return await Pause(TimeSpan.FromMilliseconds(duration.GetValue<long>()), stop);
        }

        while (!stop.IsCancellationRequested)
        {
            var state = await http.GetFromJsonAsync<JsonObject>($"_fake/runner-jobs/{jobId}", CancellationToken.None);
            if (state?["released"]?.GetValue<bool>() == true)
            {
                return true;
            }

            await Pause(TimeSpan.FromMilliseconds(200), stop);
        }

        return false;
    }

    private static async Task<bool> Pause(TimeSpan span, CancellationToken stop)
    {
        try
        {
            await Task.Delay(span, stop);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task PostAsync(HttpClient http, string path)
    {
        try
        {
            using var response = await http.PostAsync(path, null);
        }
        catch (HttpRequestException)
        {
            // FakeForge may already be gone when the test tears down.
        }
    }

    private static void Log(string message) =>
        Console.WriteLine($"{DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}Z: {message}");

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            options[args[i]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }

        return options;
    }
}
