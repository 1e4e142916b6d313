using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FakeRunner;

/// <summary>
/// <c>gitlab-runner --log-format=json run-single --url U --token T --name N --wait-timeout S [--max-builds 1] …</c>:
/// verifies its token with FakeGitLab, asks for jobs through GitLab's runner API, and logs JSON lines as the real
/// one does ("Starting runner for", "Checking for jobs... received", "Job succeeded" with <c>duration_s</c>).
/// <c>--wait-timeout</c> bounds the wait for the first job; SIGINT/SIGTERM stop it at once.
/// </summary>
internal static class GitLabRunSingle
{
    public static async Task<int> RunAsync(string[] args, CancellationToken stop)
    {
        var options = Options(args);
        if (!options.TryGetValue("--url", out var url) || !options.TryGetValue("--token", out var token))
        {
            Log("error", "Missing URL or token", null);
            return 1;
        }

        var waitTimeout = long.Parse(options.GetValueOrDefault("--wait-timeout") ?? "0", CultureInfo.InvariantCulture);
        var maxBuilds = long.Parse(options.GetValueOrDefault("--max-builds") ?? "0", CultureInfo.InvariantCulture);
        var shortToken = token.StartsWith("glrt-", StringComparison.Ordinal) ? token[5..Math.Min(token.Length, 13)] : token[..Math.Min(token.Length, 8)];
        using var http = new HttpClient { BaseAddress = new Uri(url.TrimEnd('/') + "/api/v4/") };
        using (var verify = await http.PostAsJsonAsync("runners/verify", new JsonObject { ["token"] = token }, CancellationToken.None))
        {
            if (!verify.IsSuccessStatusCode)
            {
                Log("error", "Verifying runner... is removed", new JsonObject { ["runner"] = shortToken, ["status"] = $"{(int)verify.StatusCode}" });
                return 1;
            }
        }

        Log("info", $"Starting runner for {url} with token {shortToken} ...", null);
        var started = DateTime.UtcNow;
        var builds = 0L;
        while (!stop.IsCancellationRequested)
        {
            if (builds == 0 && waitTimeout > 0 && DateTime.UtcNow - started > TimeSpan.FromSeconds(waitTimeout))
            {
                Log("warning", "Shutting down (wait timeout)", null);
                return 0;
            }

            JsonObject? job = null;
            try
            {
                using var response = await http.PostAsJsonAsync("jobs/request", new JsonObject { ["token"] = token, ["info"] = new JsonObject { ["name"] = "gitlab-runner", ["version"] = "17.5.0" } }, stop);
                if (response.StatusCode == HttpStatusCode.Created)
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
            var projectId = job["job_info"]!["project_id"]!.GetValue<long>();
            Log("info", "Checking for jobs... received", new JsonObject { ["job"] = jobId, ["repo_url"] = job["git_info"]?["repo_url"]?.GetValue<string>(), ["runner"] = shortToken });
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var finished = await WorkAsync(http, job, jobId, stop);
            var succeeds = Variable(job, "FAKE_JOB_SUCCEEDS") != "false";
            var state = !finished ? "canceled" : succeeds ? "success" : "failed";
            await PutAsync(http, jobId, job["token"]!.GetValue<string>(), state);
            if (!finished)
            {
                break;
            }

            var fields = new JsonObject { ["duration_s"] = Math.Round(clock.Elapsed.TotalSeconds, 3), ["job"] = jobId, ["project"] = projectId, ["runner"] = shortToken };
            if (succeeds)
            {
                Log("info", "Job succeeded", fields);
            }
            else
            {
                Log("warning", "Job failed: exit code 1", fields);
            }

            builds++;
            if (maxBuilds > 0 && builds >= maxBuilds)
            {
                Log("info", "This runner handled its maximum number of jobs. Exiting", null);
                return 0;
            }
        }

        Log("warning", "shutting down", null);
        return 0;
    }

    /// <returns>False when the runner was stopped in the middle of the job.</returns>
    private static async Task<bool> WorkAsync(HttpClient http, JsonObject job, long jobId, CancellationToken stop)
    {
        if (Variable(job, "FAKE_JOB_DURATION_MS") is { Length: > 0 } duration)
        {
            return await Pause(TimeSpan.FromMilliseconds(long.Parse(duration, CultureInfo.InvariantCulture)), stop);
        }

        var root = new Uri(http.BaseAddress!, "../../");
        while (!stop.IsCancellationRequested)
        {
            var state = await http.GetFromJsonAsync<JsonObject>(new Uri(root, $"_fake/gitlab/jobs/{jobId}"), CancellationToken.None);
            if (state?["released"]?.GetValue<bool>() == true)
            {
                return true;
            }

            await Pause(TimeSpan.FromMilliseconds(200), stop);
        }

        return false;
    }

    private static async Task PutAsync(HttpClient http, long jobId, string jobToken, string state)
    {
        try
        {
            using var response = await http.PutAsJsonAsync($"jobs/{jobId}", new JsonObject { ["token"] = jobToken, ["state"] = state });
        }
        catch (HttpRequestException)
        {
            // FakeGitLab may already be gone when the test tears down.
        }
    }

    private static string? Variable(JsonObject job, string key) =>
        job["variables"]?.AsArray().FirstOrDefault(v => v?["key"]?.GetValue<string>() == key)?["value"]?.GetValue<string>();

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

    /// <summary>One logrus JSON line; gitlab-runner's keys come sorted, so <c>duration_s</c> and <c>job</c> lead.</summary>
    private static void Log(string level, string message, JsonObject? fields)
    {
        var line = new JsonObject();
        foreach (var (key, value) in fields ?? [])
        {
            line[key] = value?.DeepClone();
        }

        line["level"] = level;
        line["msg"] = message;
        line["time"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var sorted = new JsonObject();
        foreach (var key in line.Select(p => p.Key).Order(StringComparer.Ordinal).ToArray())
        {
            sorted[key] = line[key]?.DeepClone();
        }

        Console.WriteLine(sorted.ToJsonString());
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && !args[i].Contains('=', StringComparison.Ordinal))
            {
                options[args[i]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            }
        }

        return options;
    }
}
