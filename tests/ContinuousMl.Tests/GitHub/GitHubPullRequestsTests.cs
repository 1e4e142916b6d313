using ContinuousMl.Forges;
using ContinuousMl.GitHub;
using ContinuousMl.GitHub.GraphQl;
using ContinuousMl.Http;
using ContinuousMl.Tests.Reports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.GitHub;

public sealed class GitHubPullRequestsTests
{
    private const string Owner = GitHubFixture.Owner;
    private const string Name = GitHubFixture.Name;

    [Theory]
    [InlineData("https://api.github.com", "https://api.github.com/graphql")]
    [InlineData("https://ghe.corp.com/api/v3", "https://ghe.corp.com/api/graphql")]
    [InlineData("https://ghe.corp.com:8443/api/v3/", "https://ghe.corp.com:8443/api/graphql")]
    [InlineData("http://127.0.0.1:5000/", "http://127.0.0.1:5000/graphql")]
    public void The_GraphQL_endpoint_sits_beside_the_REST_base(string apiBase, string expected) =>
        Assert.Equal(expected, GitHubGraphQlClient.EndpointFor(new Uri(apiBase)).AbsoluteUri);

    [Fact]
    public async Task Finds_only_the_open_pull_request_between_the_two_branches()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        var pulls = PullRequests(fixture);
        await pulls.CreateAsync(new NewPullRequest("main-cml-pr-1", "release", "t", "b", false), CancellationToken.None);
        var wanted = await pulls.CreateAsync(new NewPullRequest("main-cml-pr-1", "main", "t", "b", false), CancellationToken.None);

        var found = await pulls.FindOpenAsync("main-cml-pr-1", "main", CancellationToken.None);

        Assert.Equal(wanted, found);
        Assert.Null(await pulls.FindOpenAsync("main-cml-pr-2", "main", CancellationToken.None));
        Assert.Contains(fixture.State.Requests, r => r.PathAndQuery.Contains("head=acme%3Amain-cml-pr-1", StringComparison.Ordinal) || r.PathAndQuery.Contains("head=acme:main-cml-pr-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Creating_one_that_is_already_open_returns_it()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        var pulls = PullRequests(fixture);
        var first = await pulls.CreateAsync(new NewPullRequest("b", "main", "t", "d", false), CancellationToken.None);

        var second = await pulls.CreateAsync(new NewPullRequest("b", "main", "t", "d", false), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(fixture.State.OpenedPullRequests(Owner, Name));
    }

    [Fact]
    public async Task With_auto_merge_off_but_the_branch_protected_CML_says_to_enable_the_feature_and_merges()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        fixture.State.ProtectBranch(Owner, Name, "main");
        var logger = new RecordingLogger();
        var pulls = PullRequests(fixture, logger);
        var pull = await pulls.CreateAsync(new NewPullRequest("b", "main", "t", "d", false), CancellationToken.None);

        var outcome = await pulls.MergeAsync(pull, MergeMethod.Rebase, CancellationToken.None);

        Assert.Equal(AutoMergeOutcome.Merged, outcome);
        Assert.Contains(
            (LogLevel.Warning, $"Failed to enable auto-merge: Enable the feature in your repository settings: {fixture.Repository.ServerUrl}/{Owner}/{Name}/settings#merge_types_auto_merge. Trying to merge immediately..."),
            logger.Entries);
        Assert.Equal("rebase", Assert.Single(fixture.State.OpenedPullRequests(Owner, Name)).MergedWith);
    }

    [Fact]
    public async Task An_installation_token_that_cannot_read_protection_gets_CMLs_short_warning()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        fixture.State.AddToken("ghs_installation", "github-actions[bot]", isInstallationToken: true);
        fixture.State.AllowAutoMerge(Owner, Name);
        var logger = new RecordingLogger();
        var client = GitHubClientFactory.Create(fixture.Fake.BaseUrl, "ghs_installation", "0.0.0-test", new HttpPipelineOptions(), NullLogger.Instance);
        var pulls = new GitHubPullRequests(client, fixture.Repository, () => GraphQl(fixture, "ghs_installation"), logger);
        var pull = await pulls.CreateAsync(new NewPullRequest("b", "main", "t", "d", false), CancellationToken.None);

        await pulls.MergeAsync(pull, MergeMethod.Merge, CancellationToken.None);

        Assert.Contains((LogLevel.Warning, "Failed to enable auto-merge. Trying to merge immediately..."), logger.Entries);
        Assert.Equal("merge", Assert.Single(fixture.State.OpenedPullRequests(Owner, Name)).MergedWith);
    }

    [Fact]
    public async Task A_refusal_CML_does_not_tolerate_fails_without_merging()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        fixture.State.AddToken("ghp_readonly", "reader", readOnly: true);
        var pulls = new GitHubPullRequests(fixture.Client, fixture.Repository, () => GraphQl(fixture, "ghp_readonly"), NullLogger.Instance);
        var pull = await pulls.CreateAsync(new NewPullRequest("b", "main", "t", "d", false), CancellationToken.None);

        var error = await Assert.ThrowsAsync<ForgeRequestException>(() => pulls.MergeAsync(pull, MergeMethod.Merge, CancellationToken.None));

        Assert.Contains("refused to enable auto-merge", error.Message);
        Assert.Contains("Resource not accessible by integration", error.Message);
        Assert.Null(Assert.Single(fixture.State.OpenedPullRequests(Owner, Name)).MergedWith);
    }

    [Fact]
    public async Task A_bad_token_on_GraphQL_is_a_one_line_error()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        var pulls = new GitHubPullRequests(fixture.Client, fixture.Repository, () => GraphQl(fixture, "ghp_unknown"), NullLogger.Instance);
        var pull = await pulls.CreateAsync(new NewPullRequest("b", "main", "t", "d", false), CancellationToken.None);

        var error = await Assert.ThrowsAsync<ForgeRequestException>(() => pulls.MergeAsync(pull, MergeMethod.Squash, CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.StartsWith("GitHub rejected the token while trying to enable auto-merge", error.Message);
    }

    private static GitHubPullRequests PullRequests(GitHubFixture fixture, ILogger? logger = null) =>
        new(fixture.Client, fixture.Repository, () => GraphQl(fixture, GitHubFixture.Token), logger ?? NullLogger.Instance);

    private static GitHubGraphQlClient GraphQl(GitHubFixture fixture, string token) =>
        GitHubGraphQlClient.Create(fixture.Fake.BaseUrl, token, "0.0.0-test", new HttpPipelineOptions(), NullLogger.Instance);
}
