using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.Comments;

/// <summary>When a comment cannot be posted, its report still reaches the run's page through the job summary.</summary>
public sealed class CommentJobSummaryTests
{
    [Fact]
    public async Task A_refused_comment_is_kept_on_disk_and_in_the_job_summary()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.State.AddToken("ghs_readOnlyForkToken0123456789", "github-actions[bot]", isInstallationToken: true, readOnly: true);
        job.Environment["REPO_TOKEN"] = "ghs_readOnlyForkToken0123456789";
        var summary = Path.Combine(Path.GetTempPath(), "cml-e2e-summary-" + Guid.NewGuid().ToString("N")[..12]);
        job.Environment["GITHUB_STEP_SUMMARY"] = summary;

        try
        {
            var result = await job.RunAsync("comment", "create", "report.md", "--no-publish");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("(the rendered report is in .cml/comment.md and in the job summary)", result.Stderr, StringComparison.Ordinal);
            var written = await File.ReadAllTextAsync(summary);
            Assert.StartsWith(GitHubActionsJob.Report.TrimEnd('\n'), written, StringComparison.Ordinal);
            Assert.Empty(job.State.IssueComments(GitHubActionsJob.Owner, GitHubActionsJob.Name, GitHubActionsJob.PullRequest));
        }
        finally
        {
            File.Delete(summary);
        }
    }

    [Fact]
    public async Task A_posted_comment_leaves_the_job_summary_alone()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        var summary = Path.Combine(Path.GetTempPath(), "cml-e2e-summary-" + Guid.NewGuid().ToString("N")[..12]);
        job.Environment["GITHUB_STEP_SUMMARY"] = summary;

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(summary));
    }
}
