using System.Text.Json;

namespace ContinuousMl.EndToEnd.Metrics;

// The real `cml metrics diff` in a repository whose base commit is `main` and whose workspace holds the branch's run.
public sealed class MetricsDiffTests
{
    private const string BaseMetrics = """{"accuracy": 0.9121, "loss": 0.3112, "epochs": 10, "train": {"lr_final": 0.0001}}""";

    private const string BranchMetrics = """{"accuracy": 0.9240, "loss": 0.2871, "epochs": 10, "train": {"lr_final": 0.00005}}""";

    [Fact]
    public async Task The_markdown_table_compares_main_with_the_workspace_in_dvcs_layout()
    {
        using var repository = MetricsRepository.Create(new Dictionary<string, string> { ["metrics.json"] = BaseMetrics });
        repository.Write("metrics.json", BranchMetrics);

        var result = await repository.RunAsync("metrics", "diff", "--base", "main", "--md");

        Assert.True(result.ExitCode == 0, result.ToString());
        var table = MarkdownTable.Parse(result.Stdout);
        Assert.Equal(["Path", "Metric", "main", "workspace", "Change"], table.Headers);
        Assert.Equal(["metrics.json", "accuracy", "0.9121", "0.9240", "0.0119 ▲ ✅"], table.Row("Metric", "accuracy"));
        Assert.Equal(["metrics.json", "loss", "0.3112", "0.2871", "-0.0241 ▼ ✅"], table.Row("Metric", "loss"));
        Assert.Equal(["metrics.json", "train.lr_final", "0.0001", "0.00005", "-0.00005 ▼"], table.Row("Metric", "train.lr_final"));
        Assert.DoesNotContain(table.Rows, row => row[1] == "epochs");
        Assert.EndsWith("|\n\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("metrics.json", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_and_precision_show_unchanged_metrics_rounded()
    {
        using var repository = MetricsRepository.Create(new Dictionary<string, string> { ["metrics.json"] = BaseMetrics });
        repository.Write("metrics.json", BranchMetrics);

        var result = await repository.RunAsync("metrics", "diff", "--base", "main", "--md", "--all", "--precision", "2", "--no-path");

        Assert.True(result.ExitCode == 0, result.ToString());
        var table = MarkdownTable.Parse(result.Stdout);
        Assert.Equal(["Metric", "main", "workspace", "Change"], table.Headers);
        Assert.Equal(["epochs", "10", "10", "0"], table.Row("Metric", "epochs"));
        Assert.Equal(["accuracy", "0.91", "0.92", "0.01 ▲ ✅"], table.Row("Metric", "accuracy"));
    }

    [Fact]
    public async Task A_failed_gate_exits_1_naming_the_rule_and_both_values_after_printing_the_table()
    {
        using var repository = MetricsRepository.Create(new Dictionary<string, string> { ["metrics.json"] = BranchMetrics });
        repository.Write("metrics.json", """{"accuracy": 0.9012, "loss": 0.2900, "epochs": 10}""");

        var result = await repository.RunAsync("metrics", "diff", "--base", "main", "--md", "--fail-on", "accuracy<-0.01,loss>+5%");

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Stderr.Split('\n'), line => line.StartsWith("cml:", StringComparison.Ordinal));
        Assert.Contains("accuracy<-0.01", error, StringComparison.Ordinal);
        Assert.Contains("changed by -0.0228", error, StringComparison.Ordinal);
        Assert.Contains("main: 0.9240", error, StringComparison.Ordinal);
        Assert.Contains("workspace: 0.9012", error, StringComparison.Ordinal);
        Assert.DoesNotContain("loss>+5%", error, StringComparison.Ordinal);
        Assert.Equal("-0.0228 ▼ ❌ ⛔ accuracy<-0.01", MarkdownTable.Parse(result.Stdout).Row("Metric", "accuracy")[4]);
    }

    [Fact]
    public async Task A_passing_gate_exits_0_and_says_so()
    {
        using var repository = MetricsRepository.Create(new Dictionary<string, string> { ["metrics.json"] = BaseMetrics });
        repository.Write("metrics.json", BranchMetrics);

        var result = await repository.RunAsync("metrics", "diff", "--base", "main", "--fail-on", "accuracy<-0.01,loss>+5%,accuracy<0.9");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("quality gate passed", result.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^metrics\.json +accuracy +0\.9121 +0\.9240 +0\.0119 ▲ ✅$", result.Stdout);
    }

    [Fact]
    public async Task Json_output_has_old_new_and_diff_per_file_and_metric()
    {
        using var repository = MetricsRepository.Create(new Dictionary<string, string> { ["metrics.json"] = BaseMetrics });
        repository.Write("metrics.json", BranchMetrics);

        var result = await repository.RunAsync("metrics", "diff", "--base", "main", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var loss = json.RootElement.GetProperty("metrics.json").GetProperty("loss");
        Assert.Equal(0.3112m, loss.GetProperty("old").GetDecimal());
        Assert.Equal(0.2871m, loss.GetProperty("new").GetDecimal());
        Assert.Equal(-0.0241m, loss.GetProperty("diff").GetDecimal());
        Assert.Equal("better", loss.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Files_declared_in_dvc_yaml_are_compared_including_a_csv_log_and_a_toml_file()
    {
        using var repository = MetricsRepository.Create(new Dictionary<string, string>
        {
            ["dvc.yaml"] = "stages:\n  train:\n    cmd: python train.py\n    wdir: model\n    metrics:\n      - scores.toml:\n          cache: false\n      - ../logs/train.csv\n",
            ["model/scores.toml"] = "[eval]\nauc = 0.81\n",
            ["logs/train.csv"] = "epoch,loss\n1,0.9\n2,0.7\n",
            ["metrics.json"] = """{"decoy": 1}""",
        });
        repository.Write("model/scores.toml", "[eval]\nauc = 0.85\n");
        repository.Write("logs/train.csv", "epoch,loss\n1,0.9\n2,0.7\n3,0.6\n");
        repository.Write("metrics.json", """{"decoy": 2}""");

        var result = await repository.RunAsync("metrics", "diff", "--base", "main", "--md");

        Assert.True(result.ExitCode == 0, result.ToString());
        var table = MarkdownTable.Parse(result.Stdout);
        Assert.Equal(["model/scores.toml", "eval.auc", "0.81", "0.85", "0.04 ▲ ✅"], table.Row("Metric", "eval.auc"));
        Assert.Equal(["logs/train.csv", "loss", "0.7", "0.6", "-0.1 ▼ ✅"], table.Row("Metric", "loss"));
        Assert.DoesNotContain(table.Rows, row => row[0] == "metrics.json");
        Assert.Contains("declared in dvc.yaml", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dvclives_output_is_found_when_nothing_is_declared()
    {
        using var repository = MetricsRepository.Create(new Dictionary<string, string>
        {
            ["dvclive/metrics.json"] = """{"train": {"loss": 0.5}, "step": 9}""",
            ["dvclive/params.yaml"] = "lr: 0.01\n",
        });
        repository.Write("dvclive/metrics.json", """{"train": {"loss": 0.4}, "step": 19}""");
        repository.Write("dvclive/params.yaml", "lr: 0.02\n");

        var metrics = await repository.RunAsync("metrics", "diff", "--base", "main", "--md");
        var parameters = await repository.RunAsync("params", "diff", "--base", "main", "--md");

        Assert.True(metrics.ExitCode == 0, metrics.ToString());
        Assert.Equal(["dvclive/metrics.json", "train.loss", "0.5", "0.4", "-0.1 ▼ ✅"], MarkdownTable.Parse(metrics.Stdout).Row("Metric", "train.loss"));
        Assert.Contains("DVCLive", metrics.Stderr, StringComparison.Ordinal);
        Assert.True(parameters.ExitCode == 0, parameters.ToString());
        var table = MarkdownTable.Parse(parameters.Stdout);
        Assert.Equal(["Path", "Param", "main", "workspace"], table.Headers);
        Assert.Equal(["dvclive/params.yaml", "lr", "0.01", "0.02"], table.Row("Param", "lr"));
    }

    [Fact]
    public async Task A_metric_file_added_on_the_branch_shows_dashes_on_the_base_side()
    {
        using var repository = MetricsRepository.Create(new Dictionary<string, string> { ["metrics.json"] = BaseMetrics });
        repository.Write("eval.yaml", "f1: 0.7\n");

        var result = await repository.RunAsync("metrics", "diff", "metrics.json", "eval.yaml", "--base", "main", "--md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["eval.yaml", "f1", "-", "0.7", "-"], MarkdownTable.Parse(result.Stdout).Row("Metric", "f1"));
    }

    [Fact]
    public async Task The_head_can_be_another_revision_instead_of_the_workspace()
    {
        using var repository = MetricsRepository.Create(new Dictionary<string, string> { ["metrics.json"] = BaseMetrics });
        repository.Write("metrics.json", BranchMetrics);
        repository.Commit("better model");
        repository.Write("metrics.json", """{"accuracy": 0.1}""");

        var result = await repository.RunAsync("metrics", "diff", "--base", "main", "--head", "feature", "--md");

        Assert.True(result.ExitCode == 0, result.ToString());
        var table = MarkdownTable.Parse(result.Stdout);
        Assert.Equal(["Path", "Metric", "main", "feature", "Change"], table.Headers);
        Assert.Equal("0.9240", table.Row("Metric", "accuracy")[3]);
    }

    [Fact]
    public async Task The_default_base_is_the_pull_requests_target_branch()
    {
        using var repository = MetricsRepository.Create(new Dictionary<string, string> { ["metrics.json"] = BaseMetrics });
        repository.Workspace.Git("branch", "release");
        repository.Write("metrics.json", BranchMetrics);
        repository.Environment["GITHUB_ACTIONS"] = "true";
        repository.Environment["GITHUB_BASE_REF"] = "release";

        var result = await repository.RunAsync("metrics", "diff", "--md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("release", MarkdownTable.Parse(result.Stdout).Headers[2]);
        Assert.Contains("target branch", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shallow_clone_fetches_the_base_branch_and_says_so()
    {
        using var origin = MetricsRepository.Create(new Dictionary<string, string> { ["metrics.json"] = BaseMetrics });
        origin.Write("metrics.json", BranchMetrics);
        origin.Commit("better model");
        using var clone = ShallowClone.Of(origin.Root, "feature");

        var result = await Infrastructure.CmlProcess.RunAsync(clone.Root, new Dictionary<string, string>(), "metrics", "diff", "--base", "main", "--md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("git fetch --quiet --depth=1 origin main", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["metrics.json", "accuracy", "0.9121", "0.9240", "0.0119 ▲ ✅"], MarkdownTable.Parse(result.Stdout).Row("Metric", "accuracy"));
    }

    [Fact]
    public async Task A_malformed_base_file_names_the_file_revision_line_and_column()
    {
        using var repository = MetricsRepository.Create(new Dictionary<string, string> { ["metrics.json"] = "{\n  \"accuracy\": 0.9,,\n}" });
        repository.Write("metrics.json", BranchMetrics);

        var result = await repository.RunAsync("metrics", "diff", "--base", "main");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cml: metrics.json at main: invalid JSON at line 2, column 19", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task A_missing_base_revision_is_named_with_what_to_do()
    {
        using var repository = MetricsRepository.Create(new Dictionary<string, string> { ["metrics.json"] = BaseMetrics });

        var result = await repository.RunAsync("metrics", "diff", "--base", "no-such-branch");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cml: --base no-such-branch: no such branch, tag or commit", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("git fetch origin no-such-branch", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_file_on_neither_side_is_an_error()
    {
        using var repository = MetricsRepository.Create(new Dictionary<string, string> { ["metrics.json"] = BaseMetrics });

        var result = await repository.RunAsync("metrics", "diff", "scores.json", "--base", "main");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cml: scores.json: not found", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_files_anywhere_is_an_error_that_says_how_to_name_them()
    {
        using var repository = MetricsRepository.Create(new Dictionary<string, string> { ["README.md"] = "hi" });

        var result = await repository.RunAsync("metrics", "diff", "--base", "main");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cml: no metrics files found", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_a_repository_the_error_says_so()
    {
        var folder = Directory.CreateTempSubdirectory("cml-e2e-norepo-");
        try
        {
            var result = await Infrastructure.CmlProcess.RunAsync(folder.FullName, new Dictionary<string, string>(), "metrics", "diff", "--base", "main");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("cml: not inside a git repository", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
