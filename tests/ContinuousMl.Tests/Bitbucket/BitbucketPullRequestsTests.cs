using ContinuousMl.Bitbucket;
using ContinuousMl.Forges;
using FakeForge.Bitbucket;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.Bitbucket;

public sealed class BitbucketPullRequestsTests
{
    private const string Workspace = BitbucketFixture.Workspace;
    private const string Slug = BitbucketFixture.Slug;

    [Fact]
    public async Task Finds_the_open_pull_request_beyond_the_first_page()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        for (var i = 1; i <= 60; i++)
        {
            fixture.State.AddPullRequest(Workspace, Slug, i, new string('a', 40), source: $"feature-{i}");
        }

        fixture.State.AddPullRequest(Workspace, Slug, 61, new string('b', 40), source: "main-cml-pr-1", state: "MERGED");
        var pulls = new BitbucketPullRequests(fixture.Client(), fixture.Repository, NullLogger.Instance);
        var created = await pulls.CreateAsync(new NewPullRequest("main-cml-pr-1", "main", "t", "d", false), CancellationToken.None);

        var found = await pulls.FindOpenAsync("main-cml-pr-1", "main", CancellationToken.None);

        Assert.Equal(created, found);
        Assert.Equal("62", found!.Number);
        Assert.EndsWith($"/{Workspace}/{Slug}/pull-requests/62", found.Url);
        Assert.Null(await pulls.FindOpenAsync("feature-1", "release", CancellationToken.None));
    }

    [Theory]
    [InlineData(MergeMethod.Merge, "merge_commit")]
    [InlineData(MergeMethod.Squash, "squash")]
    [InlineData(MergeMethod.Rebase, "fast_forward")]
    public async Task Merges_with_CMLs_strategy_and_closes_the_branch(MergeMethod method, string strategy)
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        var pulls = new BitbucketPullRequests(fixture.Client(), fixture.Repository, NullLogger.Instance);
        var created = await pulls.CreateAsync(new NewPullRequest("b", "main", "t", "d", false), CancellationToken.None);

        Assert.Equal(AutoMergeOutcome.Merged, await pulls.MergeAsync(created, method, CancellationToken.None));

        var opened = Assert.Single(fixture.State.OpenedPullRequests(Workspace, Slug));
        Assert.Equal((strategy, true), (opened.MergeStrategy, opened.CloseSourceBranch));
        Assert.Equal(("t", "d"), (opened.Title, opened.Description));
    }

    [Fact]
    public async Task A_token_without_the_write_scope_is_told_which_permission_to_add()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddAccessToken("read-only-token", "reader", [BitbucketScopes.PullRequest]);
        var pulls = new BitbucketPullRequests(fixture.Client("read-only-token"), fixture.Repository, NullLogger.Instance);

        var error = await Assert.ThrowsAsync<ForgeRequestException>(() =>
            pulls.CreateAsync(new NewPullRequest("b", "main", "t", "d", false), CancellationToken.None));

        Assert.Equal(403, error.StatusCode);
        Assert.Contains("Pull requests: Write", error.Message);
    }
}
