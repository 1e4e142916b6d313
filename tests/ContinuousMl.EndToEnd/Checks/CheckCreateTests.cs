using System.Text.RegularExpressions;
using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.Checks;

// `cml check create` (and `send-github-check`) on GitHub: the real entry point, an Actions job, FakeForge.
public class CheckCreateTests
{
    private const string Owner = GitHubActionsJob.Owner;
    private const string Name = GitHubActionsJob.Name;
    private const string ActionsToken = "ghs_e2eActionsInstallationToken0123";

    [Fact]
    public async Task Creates_a_completed_check_run_on_the_pull_request_head_with_the_report_and_its_image()
    {
        await using var job = await StartWithActionsTokenAsync();

        var result = await job.RunAsync("check", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stdout);
        var run = Assert.Single(job.State.CheckRuns(Owner, Name));
        Assert.Equal(job.HeadSha, run.HeadSha);
        Assert.Equal("CML Report", run.Name);
        Assert.Equal("CML Report", run.OutputTitle);
        Assert.Equal("completed", run.Status);
        Assert.Equal("success", run.Conclusion);
        Assert.Equal($"{job.Server}/{Owner}/{Name}/actions/runs/4242", run.DetailsUrl);
        Assert.Equal("github-actions[bot]", run.CreatorLogin);

        var image = Regex.Match(run.OutputSummary!, @"!\[loss curve\]\((?<url>[^)]+)\)").Groups["url"].Value;
        Assert.StartsWith($"{job.Server}/{Owner}/{Name}/blob/", image);
        Assert.Equal(GitHubActionsJob.Report.Replace("./plot.png", image, StringComparison.Ordinal), run.OutputSummary);
        Assert.Contains(run.HtmlUrl, result.Stderr);
    }

    [Fact]
    public async Task Title_conclusion_and_commit_sha_are_CMLs_flags()
    {
        await using var job = await StartWithActionsTokenAsync();
        var pullRequestHead = job.HeadSha;
        job.Workspace.Write("later.txt", "a later commit");
        job.Workspace.Git("add", "later.txt");
        job.Workspace.Git("-c", "user.name=test", "-c", "user.email=test@localhost", "commit", "-q", "-m", "later");
        job.State.AddCommit(Owner, Name, job.HeadSha);

        var result = await job.RunAsync("check", "create", "report.md", "--title", "Accuracy gate", "--conclusion", "timed_out", "--head-sha", "HEAD");

        Assert.True(result.ExitCode == 0, result.ToString());
        var run = Assert.Single(job.State.CheckRuns(Owner, Name));
        Assert.Equal("Accuracy gate", run.Name);
        Assert.Equal("timed_out", run.Conclusion);
        // HEAD is rev-parsed (GitHub only takes a sha) and wins over the pull request's head.
        Assert.NotEqual(pullRequestHead, job.HeadSha);
        Assert.Equal(job.HeadSha, run.HeadSha);
    }

    [Fact]
    public async Task An_in_progress_check_is_sent_without_a_conclusion_so_GitHub_keeps_it_running()
    {
        await using var job = await StartWithActionsTokenAsync();

        var result = await job.RunAsync("check", "create", "report.md", "--status", "in_progress");

        Assert.True(result.ExitCode == 0, result.ToString());
        var run = Assert.Single(job.State.CheckRuns(Owner, Name));
        Assert.Equal("in_progress", run.Status);
        Assert.Null(run.Conclusion);
        Assert.Null(run.CompletedAt);
    }

    [Fact]
    public async Task Options_bind_from_CML_CHECK_variables_and_the_legacy_prefix()
    {
        await using var job = await StartWithActionsTokenAsync();
        job.Environment["CML_CHECK_TITLE"] = "From the environment";
        job.Environment["CML_SEND_GITHUB_CHECK_CONCLUSION"] = "neutral";

        var result = await job.RunAsync("check", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        var run = Assert.Single(job.State.CheckRuns(Owner, Name));
        Assert.Equal("From the environment", run.Name);
        Assert.Equal("neutral", run.Conclusion);
    }

    [Fact]
    public async Task A_report_over_GitHubs_summary_limit_is_shortened_to_fit()
    {
        await using var job = await StartWithActionsTokenAsync();
        var paragraphs = string.Join("\n\n", Enumerable.Range(0, 2_000).Select(i => $"Paragraph {i}: " + new string('x', 40)));
        job.Workspace.Write("big.md", "# Big\n\n" + paragraphs + "\n");

        var result = await job.RunAsync("check", "create", "big.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        var run = Assert.Single(job.State.CheckRuns(Owner, Name));
        Assert.InRange(run.OutputSummary!.Length, 60_000, 65_535);
        Assert.Contains("this report was shortened", run.OutputSummary);
        Assert.Contains("Paragraph 0:", run.OutputSummary);
        Assert.DoesNotContain("Paragraph 1999:", run.OutputSummary);
    }

    [Theory]
    [InlineData("{\"metrics.json\": {\"acc\": {\"old\": 0.9, \"new\": 0.8, \"diff\": -0.1, \"failed\": [\"acc<-0.01\"]}}}", "failure")]
    [InlineData("{\"metrics.json\": {\"acc\": {\"old\": 0.8, \"new\": 0.9, \"diff\": 0.1}}}", "success")]
    [InlineData("{\"passed\": false, \"metrics.json\": {}}", "failure")]
    public async Task Conclusion_from_gates_reads_a_metrics_diff_json(string gates, string conclusion)
    {
        await using var job = await StartWithActionsTokenAsync();
        job.Workspace.Write("gates.json", gates);

        var result = await job.RunAsync("check", "create", "report.md", "--conclusion-from-gates", "gates.json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(conclusion, Assert.Single(job.State.CheckRuns(Owner, Name)).Conclusion);
    }

    [Fact]
    public async Task Conclusion_from_a_missing_gates_file_fails_on_one_line_and_creates_nothing()
    {
        await using var job = await StartWithActionsTokenAsync();

        var result = await job.RunAsync("check", "create", "report.md", "--conclusion-from-gates", "gates.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("cml: --conclusion-from-gates gates.json: file not found; write it first with `cml metrics diff --json --fail-on RULES > gates.json`", LastLine(result.Stderr));
        Assert.Empty(job.State.CheckRuns(Owner, Name));
    }

    [Fact]
    public async Task Conclusion_and_conclusion_from_gates_together_are_a_usage_error()
    {
        await using var job = await StartWithActionsTokenAsync();
        job.Workspace.Write("gates.json", "{}");

        var result = await job.RunAsync("check", "create", "report.md", "--conclusion", "success", "--conclusion-from-gates", "gates.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("cml: Arguments conclusion and conclusionFromGates are mutually exclusive", result.Stderr.Trim());
    }

    [Fact]
    public async Task A_personal_token_gets_CMLs_warning_and_GitHubs_refusal_explained()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.State.AddToken(ActionsToken, "github-actions[bot]", isInstallationToken: true);
        job.Environment["GITHUB_TOKEN"] = ActionsToken;

        var result = await job.RunAsync("check", "create", "report.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("::warning::Your token is different than the GITHUB_TOKEN, this command does not work with PAT.\n", result.Stderr);
        var error = LastLine(result.Stderr);
        Assert.StartsWith("cml: GitHub refused to create check run \"CML Report\"", error);
        Assert.Contains("You must authenticate via a GitHub App.", error);
        Assert.Contains("a personal access token cannot create them", error);
        Assert.DoesNotContain(GitHubActionsJob.Token, result.Stderr);
        Assert.Empty(job.State.CheckRuns(Owner, Name));
    }

    [Fact]
    public async Task The_Actions_token_itself_gets_no_warning()
    {
        await using var job = await StartWithActionsTokenAsync();

        var result = await job.RunAsync("check", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("this command does not work with PAT", result.Stderr);
    }

    [Fact]
    public async Task An_unknown_commit_fails_with_GitHubs_message()
    {
        await using var job = await StartWithActionsTokenAsync();

        var result = await job.RunAsync("check", "create", "report.md", "--commit-sha", "0123456789abcdef0123456789abcdef01234567");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No commit found for SHA: 0123456789abcdef0123456789abcdef01234567", LastLine(result.Stderr));
    }

    [Fact]
    public async Task A_missing_report_fails_before_any_request()
    {
        await using var job = await StartWithActionsTokenAsync();
        job.State.ClearRequests();

        var result = await job.RunAsync("check", "create", "nope.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("cml: nope.md: file not found; pass the path of the Markdown report to attach", LastLine(result.Stderr));
        Assert.Empty(job.State.Requests);
    }

    [Fact]
    public async Task Without_a_token_it_says_so()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.Environment.Remove("REPO_TOKEN");

        var result = await job.RunAsync("check", "create", "report.md");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("cml: token not found", LastLine(result.Stderr));
    }

    [Fact]
    public async Task Legacy_send_github_check_warns_with_CMLs_notice_and_creates_the_check()
    {
        await using var job = await StartWithActionsTokenAsync();

        var result = await job.RunAsync("send-github-check", "report.md", "--conclusion", "failure");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("::warning::\"cml send-github-check\" is deprecated, please use \"cml check create\"", result.Stderr);
        Assert.Equal("failure", Assert.Single(job.State.CheckRuns(Owner, Name)).Conclusion);
    }

    [Fact]
    public async Task Legacy_send_github_check_warns_even_without_a_token()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.Environment.Remove("REPO_TOKEN");

        var result = await job.RunAsync("send-github-check", "report.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("::warning::\"cml send-github-check\" is deprecated, please use \"cml check create\"", result.Stderr);
        Assert.StartsWith("cml: token not found", LastLine(result.Stderr));
    }

    internal static string LastLine(string text) => text.Trim().Split('\n')[^1].Trim();

    private static async Task<GitHubActionsJob> StartWithActionsTokenAsync()
    {
        var job = await GitHubActionsJob.StartAsync();
        job.State.AddToken(ActionsToken, "github-actions[bot]", isInstallationToken: true);
        job.Environment.Remove("REPO_TOKEN");
        job.Environment["GITHUB_TOKEN"] = ActionsToken;
        return job;
    }
}
