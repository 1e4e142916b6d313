using System.Text;
using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.Metrics;

// examples/basic as a pull request would see it: baseline/ is what main trained, the example's files are the branch's run.
public sealed class BundledExampleTests
{
    private static readonly string Example = FindExample();

    [Fact]
    public async Task The_example_diff_against_its_first_commit_prints_the_expected_tables()
    {
        using var repository = CreateFromExample();
        var first = repository.HeadSha;
        CopyBranchRun(repository);

        var metrics = await CmlProcess.RunAsync(repository.Root, new Dictionary<string, string>(), "metrics", "diff", "--base", first, "--md");
        var parameters = await CmlProcess.RunAsync(repository.Root, new Dictionary<string, string>(), "params", "diff", "--base", first, "--md");

        Assert.True(metrics.ExitCode == 0, metrics.ToString());
        var table = MarkdownTable.Parse(metrics.Stdout);
        Assert.Equal(["Path", "Metric", first, "workspace", "Change"], table.Headers);
        Assert.Equal(
            ["accuracy", "f1", "loss", "per_class.cat.precision", "per_class.cat.recall", "per_class.dog.precision", "per_class.dog.recall", "step"],
            table.Rows.Select(row => row[1]));
        Assert.Equal(["metrics.json", "accuracy", "0.9121", "0.9240", "0.0119 ▲ ✅"], table.Row("Metric", "accuracy"));
        Assert.Equal(["metrics.json", "loss", "0.3112", "0.2871", "-0.0241 ▼ ✅"], table.Row("Metric", "loss"));
        Assert.Equal(["metrics.json", "per_class.cat.recall", "0.9102", "0.8807", "-0.0295 ▼ ❌"], table.Row("Metric", "per_class.cat.recall"));
        Assert.Equal(["metrics.json", "step", "10", "20", "10 ▲"], table.Row("Metric", "step"));

        Assert.True(parameters.ExitCode == 0, parameters.ToString());
        var paramsTable = MarkdownTable.Parse(parameters.Stdout);
        // dvc.yaml declares model, train.lr and train.epochs: batch_size and seed are not the stage's params.
        Assert.Equal(["model.dropout", "train.epochs", "train.lr"], paramsTable.Rows.Select(row => row[1]));
        Assert.Equal(["params.yaml", "train.lr", "0.001", "0.0005"], paramsTable.Row("Param", "train.lr"));
    }

    [Fact]
    public async Task The_gate_flags_the_examples_recall_regression_with_exit_code_1()
    {
        using var repository = CreateFromExample();
        var first = repository.HeadSha;
        CopyBranchRun(repository);

        var failing = await CmlProcess.RunAsync(repository.Root, new Dictionary<string, string>(), "metrics", "diff", "--base", first, "--md", "--fail-on", "accuracy<-0.01,loss>+5%,recall<-0.02");
        var passing = await CmlProcess.RunAsync(repository.Root, new Dictionary<string, string>(), "metrics", "diff", "--base", first, "--fail-on", "accuracy<-0.01,loss>+5%");

        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("recall<-0.02: metrics.json per_class.cat.recall changed by -0.0295", failing.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("per_class.dog.recall changed", failing.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("⛔ recall<-0.02", MarkdownTable.Parse(failing.Stdout).Row("Metric", "per_class.cat.recall")[4], StringComparison.Ordinal);
        Assert.True(passing.ExitCode == 0, passing.ToString());
    }

    private static GitWorkspace CreateFromExample()
    {
        var files = new Dictionary<string, byte[]>
        {
            ["dvc.yaml"] = File.ReadAllBytes(Path.Combine(Example, "dvc.yaml")),
            ["metrics.json"] = File.ReadAllBytes(Path.Combine(Example, "baseline", "metrics.json")),
            ["params.yaml"] = File.ReadAllBytes(Path.Combine(Example, "baseline", "params.yaml")),
        };
        return GitWorkspace.Create("https://github.com/acme/model.git", files);
    }

    private static void CopyBranchRun(GitWorkspace repository)
    {
        foreach (var name in new[] { "metrics.json", "params.yaml" })
        {
            repository.Write(name, File.ReadAllBytes(Path.Combine(Example, name)));
        }
    }

    private static string FindExample()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "examples", "basic");
            if (File.Exists(Path.Combine(candidate, "baseline", "metrics.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("examples/basic/baseline not found above " + AppContext.BaseDirectory + Encoding.UTF8.GetString([]));
    }
}
