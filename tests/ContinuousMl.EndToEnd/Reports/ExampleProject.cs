using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ContinuousMl.EndToEnd.Reports;

/// <summary>
/// Puts the bundled example (examples/basic: metrics, params, DVCLive logs, predictions, and baseline/ for what main
/// trained) into a test's checkout, optionally with many metrics so the report outgrows a forge's limit.
/// </summary>
internal static class ExampleProject
{
    public static readonly string Directory = Find();

    public static void CopyInto(string root)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Directory, file);
            if (relative.StartsWith(".cml", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(root, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>Replaces both sides' metrics with <paramref name="count"/> metrics that all changed: one table row each.</summary>
    public static void WriteManyMetrics(string root, int count)
    {
        static string Metrics(int count, double shift)
        {
            var json = new JsonObject();
            for (var i = 0; i < count; i++)
            {
                json[string.Create(CultureInfo.InvariantCulture, $"accuracy_{i:D6}")] = Math.Round(0.5 + (i % 400 / 1000.0) + shift, 4);
            }

            return json.ToJsonString();
        }

        File.WriteAllText(Path.Combine(root, "metrics.json"), Metrics(count, 0.01), Encoding.UTF8);
        File.WriteAllText(Path.Combine(root, "baseline", "metrics.json"), Metrics(count, 0), Encoding.UTF8);
    }

    /// <summary>GitHub's event for a fork's pull request (tests/Fixtures/github/pull_request.fork.json), for this checkout's head.</summary>
    public static string ForkPullRequestEvent(string headSha, int number)
    {
        var payload = JsonNode.Parse(File.ReadAllText(FixturePath("pull_request.fork.json")))!;
        payload["number"] = number;
        payload["pull_request"]!["number"] = number;
        payload["pull_request"]!["head"]!["sha"] = headSha;
        return payload.ToJsonString();
    }

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "examples", "basic");
            if (File.Exists(Path.Combine(candidate, "baseline", "metrics.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("examples/basic not found above " + AppContext.BaseDirectory);
    }

    private static string FixturePath(string name) => Path.Combine(Directory, "..", "..", "tests", "Fixtures", "github", name);
}
