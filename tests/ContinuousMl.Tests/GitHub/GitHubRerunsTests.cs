using ContinuousMl.Errors;
using ContinuousMl.Forges;
using ContinuousMl.GitHub;
using FakeForge;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.GitHub;

public class GitHubRerunsTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public async Task A_finished_run_is_rerun_without_a_cancel()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        fixture.State.AddWorkflowRun(GitHubFixture.Owner, GitHubFixture.Name, 5, Sha, "completed", "failure");

        var outcome = await Reruns(fixture).RerunAsync("5", CancellationToken.None);

        Assert.False(outcome.CancelledFirst);
        Assert.Equal($"{fixture.Repository.ServerUrl}/{GitHubFixture.Owner}/{GitHubFixture.Name}/actions/runs/5", outcome.Url);
        var run = fixture.State.WorkflowRun(GitHubFixture.Owner, GitHubFixture.Name, 5)!;
        Assert.Equal((0, 1), (run.CancelCount, run.RerunCount));
    }

    [Fact]
    public async Task A_run_that_does_not_stop_in_time_ends_the_command_without_a_rerun()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        fixture.State.AddWorkflowRun(GitHubFixture.Owner, GitHubFixture.Name, 6, Sha, "in_progress", pollsUntilCancelled: 1_000);

        var error = await Assert.ThrowsAsync<CmlException>(() =>
            Reruns(fixture, maxWait: TimeSpan.FromMilliseconds(200)).RerunAsync("6", CancellationToken.None));

        Assert.StartsWith("workflow run 6 was still in_progress 0 s after it was cancelled, so it cannot be rerun yet; rerun it later from ", error.Message);
        var run = fixture.State.WorkflowRun(GitHubFixture.Owner, GitHubFixture.Name, 6)!;
        Assert.Equal((1, 0), (run.CancelCount, run.RerunCount));
    }

    [Fact]
    public async Task A_run_that_finished_before_the_cancel_is_still_rerun()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        fixture.State.AddWorkflowRun(GitHubFixture.Owner, GitHubFixture.Name, 7, Sha, "in_progress");
        // The run finishes between our read and our cancel: GitHub answers 409.
        fixture.State.AddFault(new Fault("POST", "/actions/runs/7/cancel$", 409, Body: """{"message":"Cannot cancel a workflow run that is completed."}""", AfterHandling: true));

        var outcome = await Reruns(fixture).RerunAsync("7", CancellationToken.None);

        Assert.True(outcome.CancelledFirst);
        Assert.Equal(1, fixture.State.WorkflowRun(GitHubFixture.Owner, GitHubFixture.Name, 7)!.RerunCount);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-4")]
    [InlineData("0")]
    public async Task An_id_that_is_not_a_run_number_is_a_usage_error(string id)
    {
        await using var fixture = await GitHubFixture.StartAsync();

        var error = await Assert.ThrowsAsync<CmlException>(() => Reruns(fixture).RerunAsync(id, CancellationToken.None));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Empty(fixture.State.Requests);
    }

    private static GitHubReruns Reruns(GitHubFixture fixture, TimeSpan? maxWait = null) =>
        new(fixture.Client, fixture.Repository, NullLogger.Instance, pollInterval: TimeSpan.FromMilliseconds(20), maxCancelWait: maxWait);
}
