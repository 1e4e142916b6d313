using ContinuousMl.Forges;
using ContinuousMl.GitLab;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.GitLab;

public class GitLabChecksTests
{
    [Theory]
    [InlineData(CheckStatus.Queued, CheckConclusion.Failure, "pending")]
    [InlineData(CheckStatus.InProgress, CheckConclusion.Success, "running")]
    [InlineData(CheckStatus.Completed, CheckConclusion.Success, "success")]
    [InlineData(CheckStatus.Completed, CheckConclusion.Failure, "failed")]
    [InlineData(CheckStatus.Completed, CheckConclusion.TimedOut, "failed")]
    [InlineData(CheckStatus.Completed, CheckConclusion.Cancelled, "canceled")]
    [InlineData(CheckStatus.Completed, CheckConclusion.Neutral, "success")]
    [InlineData(CheckStatus.Completed, CheckConclusion.Skipped, "success")]
    public void Status_and_conclusion_map_to_a_commit_status_state(CheckStatus status, CheckConclusion conclusion, string state)
    {
        Assert.Equal(state, GitLabCommitStatusState.From(status, conclusion));
    }

    [Theory]
    [InlineData("# Results\n\nmore", "Results")]
    [InlineData("\n\n  ## Accuracy 0.91  \n", "Accuracy 0.91")]
    [InlineData("> quoted line\nnext", "quoted line")]
    [InlineData("plain first line\r\nsecond", "plain first line")]
    [InlineData("#\n\nafter an empty heading", "after an empty heading")]
    public void The_description_is_the_first_line_as_plain_text(string report, string description)
    {
        Assert.Equal(description, GitLabChecks.Description(report));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n \n\t\n")]
    public void An_empty_report_has_no_description(string report)
    {
        Assert.Null(GitLabChecks.Description(report));
    }

    [Fact]
    public void A_long_first_line_is_cut_to_255_characters()
    {
        var description = GitLabChecks.Description(new string('x', 300) + "\nnext");

        Assert.Equal(255, description!.Length);
        Assert.EndsWith("x…", description);
    }

    [Fact]
    public async Task Posts_state_name_description_and_a_short_target_url_only()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        const string sha = "0123456789abcdef0123456789abcdef01234567";
        fixture.State.AddCommit(fixture.ProjectPath, sha);
        var checks = new GitLabChecks(fixture.Api(), NullLogger.Instance);

        var created = await checks.CreateAsync(new CheckRunRequest(sha, "gate", CheckStatus.Completed, CheckConclusion.Failure, "# Bad\nworse", "https://ci/" + new string('j', 300)), CancellationToken.None);

        var status = Assert.Single(fixture.State.CommitStatuses(fixture.ProjectPath));
        Assert.Equal(("gate", "failed", "Bad"), (status.Name, status.State, status.Description));
        Assert.Null(status.TargetUrl);
        Assert.Equal($"{fixture.Fake.ServerUrl}/{fixture.ProjectPath}/-/commit/{sha}", created.Url);
    }

    [Fact]
    public async Task Reruns_cancel_a_running_pipeline_then_retry_it()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddPipeline(fixture.ProjectPath, 77, "0123456789abcdef0123456789abcdef01234567", status: "running");
        fixture.State.ClearRequests();

        var outcome = await new GitLabReruns(fixture.Api(), NullLogger.Instance).RerunAsync("77", CancellationToken.None);

        Assert.True(outcome.CancelledFirst);
        Assert.Equal($"{fixture.Fake.ServerUrl}/{fixture.ProjectPath}/-/pipelines/77", outcome.Url);
        Assert.Equal(
            ["GET /api/v4/projects/acme%2Fmodel/pipelines/77", "POST /api/v4/projects/acme%2Fmodel/pipelines/77/cancel", "POST /api/v4/projects/acme%2Fmodel/pipelines/77/retry"],
            fixture.State.Requests.Where(r => r.Path.Contains("/pipelines/", StringComparison.Ordinal)).Select(r => $"{r.Method} {r.Path}"));
    }
}
