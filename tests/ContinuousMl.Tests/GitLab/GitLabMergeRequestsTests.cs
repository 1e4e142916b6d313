using ContinuousMl.Errors;
using ContinuousMl.Forges;
using ContinuousMl.GitLab;
using ContinuousMl.Tests.Reports;
using FakeForge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.GitLab;

public sealed class GitLabMergeRequestsTests
{
    private static readonly NewPullRequest Proposal = new("main-cml-pr-1", "main", "CML PR", "Body", SkipCi: false);

    [Fact]
    public async Task Opens_finds_and_reports_the_web_url()
    {
        await using var fixture = await GitLabFixture.StartAsync(projectPath: "group/sub/model");
        var mergeRequests = new GitLabMergeRequests(fixture.Api(), NullLogger.Instance);

        var created = await mergeRequests.CreateAsync(Proposal with { SkipCi = true }, CancellationToken.None);

        Assert.Equal($"{fixture.Fake.ServerUrl}/group/sub/model/-/merge_requests/1", created.Url);
        Assert.Equal("CML PR [skip ci]", Assert.Single(fixture.State.OpenedMergeRequests("group/sub/model")).Title);
        Assert.Equal(created, await mergeRequests.FindOpenAsync("main-cml-pr-1", "main", CancellationToken.None));
        Assert.Null(await mergeRequests.FindOpenAsync("main-cml-pr-1", "release", CancellationToken.None));
    }

    [Fact]
    public async Task A_conflict_with_an_open_merge_request_returns_that_one()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        var mergeRequests = new GitLabMergeRequests(fixture.Api(), NullLogger.Instance);
        var first = await mergeRequests.CreateAsync(Proposal, CancellationToken.None);

        var second = await mergeRequests.CreateAsync(Proposal, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(fixture.State.OpenedMergeRequests(fixture.ProjectPath));
    }

    [Fact]
    public async Task Asks_again_while_GitLab_is_still_checking_the_merge_request()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.RunPipelinesFor(fixture.ProjectPath);
        var mergeRequests = new GitLabMergeRequests(fixture.Api(), NullLogger.Instance, firstRetryDelay: TimeSpan.FromMilliseconds(5));
        var created = await mergeRequests.CreateAsync(Proposal, CancellationToken.None);
        fixture.State.AddFault(new Fault("PUT", "/merge$", 405, Times: 2, Body: "{\"message\":\"405 Method Not Allowed\"}"));

        var outcome = await mergeRequests.MergeAsync(created, MergeMethod.Squash, CancellationToken.None);

        Assert.Equal(AutoMergeOutcome.Enabled, outcome);
        Assert.Equal(3, fixture.Requests("PUT", "/merge"));
        var opened = Assert.Single(fixture.State.OpenedMergeRequests(fixture.ProjectPath));
        Assert.True(opened.MergeWhenPipelineSucceeds && opened.Squash);
    }

    [Fact]
    public async Task When_auto_merge_keeps_failing_CML_warns_and_merges_now()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        var logger = new RecordingLogger();
        var mergeRequests = new GitLabMergeRequests(fixture.Api(), logger, firstRetryDelay: TimeSpan.FromMilliseconds(1), mergeAttempts: 2);
        var created = await mergeRequests.CreateAsync(Proposal, CancellationToken.None);
        fixture.State.AddFault(new Fault("PUT", "/merge$", 422, Times: 2, Body: "{\"message\":\"Branch cannot be merged\"}"));

        var outcome = await mergeRequests.MergeAsync(created, MergeMethod.Merge, CancellationToken.None);

        Assert.Equal(AutoMergeOutcome.Merged, outcome);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning
            && e.Message.StartsWith("Failed to enable auto-merge: ", StringComparison.Ordinal)
            && e.Message.EndsWith(". Trying to merge immediately...", StringComparison.Ordinal));
        Assert.True(Assert.Single(fixture.State.OpenedMergeRequests(fixture.ProjectPath)).Merged);
    }

    [Fact]
    public async Task Rebase_is_not_a_GitLab_merge_method()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        var mergeRequests = new GitLabMergeRequests(fixture.Api(), NullLogger.Instance);

        Assert.False(mergeRequests.CanMerge(MergeMethod.Rebase));
        var error = await Assert.ThrowsAsync<CmlException>(() =>
            mergeRequests.MergeAsync(new PullRequestRef("1", "u", "s", "t"), MergeMethod.Rebase, CancellationToken.None));
        Assert.Equal("Rebase auto-merge mode not implemented for GitLab", error.Message);
        Assert.Equal(0, fixture.Requests("PUT", "/merge"));
    }
}
