using System.Text.RegularExpressions;
using ContinuousMl.EndToEnd.Infrastructure;
using static ContinuousMl.EndToEnd.Infrastructure.GitHubActionsJob;

namespace ContinuousMl.EndToEnd.Reports;

/// <summary><c>cml report</c> end to end: the real <c>cml</c> in a GitHub Actions job against FakeGitHub.</summary>
public sealed partial class ReportCommandTests
{
    private const int Pr = PullRequest;

    [Fact]
    public async Task No_post_renders_the_folder_without_a_token_or_a_request()
    {
        await using var job = await ExampleJobAsync();
        job.Environment.Remove("REPO_TOKEN");

        var result = await job.RunAsync("report", "--no-post", "--base", "./baseline", "--html", "preview.html", "--fail-on", "accuracy<-0.01");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(".cml/report/report.md\n", result.Stdout);
        Assert.Empty(job.State.Requests);
        var folder = Path.Combine(job.Workspace.Root, ".cml", "report");
        Assert.Equal(["report.md"], Directory.GetFiles(folder).Select(Path.GetFileName));
        var report = await File.ReadAllTextAsync(Path.Combine(folder, "report.md"));
        Assert.StartsWith("## Model report\n\n✅ **Quality gates passed**: `accuracy<-0.01` (compared with the folder `baseline`).", report, StringComparison.Ordinal);
        Assert.Matches(@"\n\| per_class\.cat\.recall +\| 0\.9102 +\| 0\.8807 +\| -0\.0295 ▼ ❌ +\|\n", report);
        Assert.Matches(@"\n\| train\.lr +\| 0\.001 +\| 0\.0005 +\|\n", report);
        Assert.Contains("```mermaid\n%%{init:", report, StringComparison.Ordinal);
        Assert.Contains("| **cat** | **96** | 13 |", report, StringComparison.Ordinal);
        Assert.DoesNotContain("watermark", report, StringComparison.Ordinal);
        // The job summary needs no token: the rendered report goes there too.
        Assert.StartsWith("## Model report\n\n✅", await File.ReadAllTextAsync(job.SummaryFile), StringComparison.Ordinal);

        var html = await File.ReadAllTextAsync(Path.Combine(job.Workspace.Root, "preview.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<td>per_class.cat.recall</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_images_the_charts_are_png_files_in_the_folder()
    {
        await using var job = await ExampleJobAsync();

        var result = await job.RunAsync("report", "--no-post", "--images", "--base", "./baseline", "--out", "cml-report");

        Assert.True(result.ExitCode == 0, result.ToString());
        var folder = Path.Combine(job.Workspace.Root, "cml-report");
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["loss.png", "predictions.png", "report.md"], files);
        var report = await File.ReadAllTextAsync(Path.Combine(folder, "report.md"));
        Assert.Contains("](loss.png)", report, StringComparison.Ordinal);
        Assert.Contains("](predictions.png)", report, StringComparison.Ordinal);
        Assert.DoesNotContain("```mermaid", report, StringComparison.Ordinal);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await File.ReadAllBytesAsync(Path.Combine(folder, "loss.png")))[..4]);
    }

    [Fact]
    public async Task Posts_one_comment_updates_it_on_the_next_run_and_writes_the_job_summary()
    {
        await using var job = await ExampleJobAsync();

        var first = await job.RunAsync("report", "--base", "./baseline");
        var second = await job.RunAsync("report", "--base", "./baseline");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        var comment = Assert.Single(job.State.IssueComments(Owner, Name, Pr));
        Assert.Equal(comment.HtmlUrl + "\n", second.Stdout);
        Assert.StartsWith("## Model report\n\nℹ️ **No quality gates set**", comment.Body, StringComparison.Ordinal);
        Assert.Contains("```mermaid", comment.Body, StringComparison.Ordinal);
        Assert.EndsWith($"![](https://cml.dev/watermark.png#{job.HeadSha} \"CML watermark\")", comment.Body, StringComparison.Ordinal);
        var summary = await File.ReadAllTextAsync(job.SummaryFile);
        Assert.Equal(2, Regex.Count(summary, "## Model report"));
        Assert.DoesNotContain("watermark", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_gate_posts_the_report_then_exits_1()
    {
        await using var job = await ExampleJobAsync();

        var result = await job.RunAsync("report", "--base", "./baseline", "--fail-on", "recall<-0.02");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cml: quality gate failed: recall<-0.02: metrics.json per_class.cat.recall changed by -0.0295", result.Stderr, StringComparison.Ordinal);
        var comment = Assert.Single(job.State.IssueComments(Owner, Name, Pr));
        Assert.StartsWith("## Model report\n\n⛔ **Quality gate failed**", comment.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_only_token_falls_back_to_the_job_summary_and_exits_0()
    {
        await using var job = await ExampleJobAsync();
        job.State.AddToken("ghs_readOnlyForkToken0123456789", "github-actions[bot]", isInstallationToken: true, readOnly: true);
        job.Environment["REPO_TOKEN"] = "ghs_readOnlyForkToken0123456789";

        var result = await job.RunAsync("report", "--base", "./baseline");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(job.State.IssueComments(Owner, Name, Pr));
        Assert.Contains(job.State.Requests, r => r.Method == "POST" && r.Path == $"/repos/{Owner}/{Name}/issues/{Pr}/comments");
        Assert.Contains("Resource not accessible by integration", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("workflow_run", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("templates/github/fork-safe/", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("::warning::the forge refused to write with this token", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
        Assert.StartsWith("## Model report", await File.ReadAllTextAsync(job.SummaryFile), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(job.Workspace.Root, ".cml", "report", "report.md")));
    }

    [Fact]
    public async Task With_strict_a_read_only_token_is_an_error_after_the_summary_is_written()
    {
        await using var job = await ExampleJobAsync();
        job.State.AddToken("ghs_readOnlyForkToken0123456789", "github-actions[bot]", isInstallationToken: true, readOnly: true);
        job.Environment["REPO_TOKEN"] = "ghs_readOnlyForkToken0123456789";

        var result = await job.RunAsync("report", "--base", "./baseline", "--strict");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cml: the forge refused to write with this token", result.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("## Model report", await File.ReadAllTextAsync(job.SummaryFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fork_pull_request_is_recognised_from_its_event_and_nothing_is_sent()
    {
        await using var job = await ExampleJobAsync();
        var eventPath = Path.Combine(job.Workspace.Root, "..", Path.GetFileName(job.Workspace.Root) + "-fork-event.json");
        await File.WriteAllTextAsync(eventPath, ExampleProject.ForkPullRequestEvent(job.HeadSha, Pr));
        job.Environment["GITHUB_EVENT_PATH"] = eventPath;

        try
        {
            var result = await job.RunAsync("report", "--base", "./baseline");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Empty(job.State.Requests);
            Assert.Contains("pull request from a fork", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("cml comment create --target pr/N", result.Stderr, StringComparison.Ordinal);
            Assert.StartsWith("## Model report", await File.ReadAllTextAsync(job.SummaryFile), StringComparison.Ordinal);

            var strict = await job.RunAsync("report", "--base", "./baseline", "--strict");
            Assert.Equal(1, strict.ExitCode);
        }
        finally
        {
            File.Delete(eventPath);
        }
    }

    [Fact]
    public async Task A_failed_post_keeps_the_report_and_says_where()
    {
        await using var job = await ExampleJobAsync();

        var result = await job.RunAsync("report", "--base", "./baseline", "--target", "pr/999");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("(the rendered report is in .cml/report/report.md and in the job summary)", result.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("## Model report", await File.ReadAllTextAsync(job.SummaryFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_over_budget_report_is_folded_and_cut_to_fit_a_GitHub_comment_and_whole_in_the_summary()
    {
        await using var job = await ExampleJobAsync();
        ExampleProject.WriteManyMetrics(job.Workspace.Root, 3_000);

        var result = await job.RunAsync("report", "--base", "./baseline");

        Assert.True(result.ExitCode == 0, result.ToString());
        var body = Assert.Single(job.State.IssueComments(Owner, Name, Pr)).Body;
        Assert.True(body.Length <= 65_536, $"{body.Length} characters");
        Assert.Contains("### Metrics\n\n<details><summary>Show section</summary>", body, StringComparison.Ordinal);
        Assert.Matches(@"> \*\*Note:\*\* this table was shortened to fit the comment size limit \([0-9,]+ characters\): [0-9,]+ of its 3,000 rows were cut\.", body);
        Assert.Contains($"The full report is in the job summary of {job.Server}/{Owner}/{Name}/actions/runs/4242 and in `.cml/report/report.md`", body, StringComparison.Ordinal);
        Assert.Contains("```mermaid", body, StringComparison.Ordinal);
        Assert.EndsWith($"\"CML watermark\")", body, StringComparison.Ordinal);
        Assert.Equal(Regex.Count(body, "<details>"), Regex.Count(body, "</details>"));
        Assert.Contains("shortened", result.Stderr, StringComparison.Ordinal);

        var summary = await File.ReadAllTextAsync(job.SummaryFile);
        Assert.Contains("accuracy_002999", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("shortened", summary, StringComparison.Ordinal);
    }

    private static async Task<ReportJob> ExampleJobAsync()
    {
        var job = await StartAsync();
        ExampleProject.CopyInto(job.Workspace.Root);
        var summary = Path.Combine(Path.GetTempPath(), "cml-e2e-summary-" + Guid.NewGuid().ToString("N")[..12]);
        File.WriteAllText(summary, string.Empty);
        job.Environment["GITHUB_STEP_SUMMARY"] = summary;
        return new ReportJob(job, summary);
    }
}
