using System.Globalization;
using ContinuousMl.Forges;
using FakeForge;

namespace ContinuousMl.Tests.Bitbucket;

public class BitbucketForgeTests
{
    private const string Workspace = BitbucketFixture.Workspace;
    private const string Slug = BitbucketFixture.Slug;
    private const string Sha = "2222222222222222222222222222222222222222";

    private static bool Marked(Comment comment) => comment.Body.Contains("[mark]", StringComparison.Ordinal);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static int ListRequests(BitbucketFixture fixture, long pr) =>
        fixture.State.Requests.Count(r => r.Method == "GET" && r.Path == $"/2.0/repositories/{Workspace}/{Slug}/pullrequests/{pr}/comments");

    [Fact]
    public async Task Finds_the_newest_match_in_one_request_when_it_is_among_the_newest_hundred()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddPullRequest(Workspace, Slug, 1, Sha);
        for (var i = 0; i < 250; i++)
        {
            fixture.State.SeedPullRequestComment(Workspace, Slug, 1, i == 10 ? "[mark] old" : $"c{i}", BitbucketFixture.Bot);
        }

        var newest = fixture.State.SeedPullRequestComment(Workspace, Slug, 1, "[mark] new", BitbucketFixture.Bot);
        fixture.State.SeedPullRequestComment(Workspace, Slug, 1, "after", "reviewer");

        var found = await fixture.Forge().FindNewestCommentAsync(CommentTarget.PullRequest("1"), Marked, CancellationToken.None);

        Assert.Equal(Id(newest.Id), found?.Id);
        Assert.Equal(newest.HtmlUrl, found?.Url);
        Assert.Equal(1, ListRequests(fixture, 1));
        Assert.Contains(fixture.State.Requests, r => r.PathAndQuery.Contains("sort=-created_on", StringComparison.Ordinal) && r.PathAndQuery.Contains("pagelen=100", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Follows_next_until_the_first_match()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddPullRequest(Workspace, Slug, 1, Sha);
        var ours = fixture.State.SeedPullRequestComment(Workspace, Slug, 1, "[mark] ours", BitbucketFixture.Bot);
        for (var i = 0; i < 250; i++)
        {
            fixture.State.SeedPullRequestComment(Workspace, Slug, 1, $"review {i}", "reviewer");
        }

        var found = await fixture.Forge().FindNewestCommentAsync(CommentTarget.PullRequest("1"), Marked, CancellationToken.None);

        Assert.Equal(Id(ours.Id), found?.Id);
        Assert.Equal(3, ListRequests(fixture, 1));
    }

    [Fact]
    public async Task Finds_nothing_after_reading_every_page()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddPullRequest(Workspace, Slug, 1, Sha);
        for (var i = 0; i < 150; i++)
        {
            fixture.State.SeedPullRequestComment(Workspace, Slug, 1, $"c{i}", "reviewer");
        }

        var found = await fixture.Forge().FindNewestCommentAsync(CommentTarget.PullRequest("1"), Marked, CancellationToken.None);

        Assert.Null(found);
        Assert.Equal(2, ListRequests(fixture, 1));
    }

    [Fact]
    public async Task Prefers_the_tokens_own_comment_over_a_newer_quote()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddPullRequest(Workspace, Slug, 1, Sha);
        var ours = fixture.State.SeedPullRequestComment(Workspace, Slug, 1, "[mark] ours", BitbucketFixture.Bot);
        fixture.State.SeedPullRequestComment(Workspace, Slug, 1, "> [mark] ours\n\nnice", "reviewer");

        var found = await fixture.Forge().FindNewestCommentAsync(CommentTarget.PullRequest("1"), Marked, CancellationToken.None);

        Assert.Equal(Id(ours.Id), found?.Id);
        Assert.Equal(1, fixture.State.Requests.Count(r => r.Path == "/2.0/user"));
    }

    [Fact]
    public async Task Falls_back_to_the_newest_match_by_anyone_and_without_GET_user()
    {
        await using var fixture = await BitbucketFixture.StartAsync(tokenCanReadUser: false);
        fixture.State.AddPullRequest(Workspace, Slug, 1, Sha);
        fixture.State.SeedPullRequestComment(Workspace, Slug, 1, "[mark] older", "someone");
        var newest = fixture.State.SeedPullRequestComment(Workspace, Slug, 1, "[mark] newer", "colleague");

        var found = await fixture.Forge().FindNewestCommentAsync(CommentTarget.PullRequest("1"), Marked, CancellationToken.None);

        Assert.Equal(Id(newest.Id), found?.Id);
        Assert.Equal("colleague", found?.Author);
    }

    [Fact]
    public async Task Skips_deleted_comments()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddPullRequest(Workspace, Slug, 1, Sha);
        var kept = fixture.State.SeedPullRequestComment(Workspace, Slug, 1, "[mark] kept", BitbucketFixture.Bot);
        var deleted = fixture.State.SeedPullRequestComment(Workspace, Slug, 1, "[mark] deleted", BitbucketFixture.Bot);
        fixture.State.DeleteComment(Workspace, Slug, deleted.Id);

        var found = await fixture.Forge().FindNewestCommentAsync(CommentTarget.PullRequest("1"), c => true, CancellationToken.None);

        Assert.Equal(Id(kept.Id), found?.Id);
    }

    [Fact]
    public async Task Creates_and_updates_pull_request_comments_returning_web_links()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddPullRequest(Workspace, Slug, 3, Sha);
        var forge = fixture.Forge();

        var created = await forge.CreateCommentAsync(CommentTarget.PullRequest("3"), "first", CancellationToken.None);
        var updated = await forge.UpdateCommentAsync(CommentTarget.PullRequest("3"), created, "second", CancellationToken.None);

        var stored = Assert.Single(fixture.State.PullRequestComments(Workspace, Slug, 3));
        Assert.Equal("second", stored.Body);
        Assert.Equal(Id(stored.Id), created.Id);
        Assert.Equal(stored.HtmlUrl, created.Url);
        Assert.Equal(stored.HtmlUrl, updated.Url);
        Assert.DoesNotContain("/2.0/", created.Url);
        Assert.Contains(fixture.State.Requests, r => r.Method == "PUT" && r.Body.Contains("\"raw\":\"second\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Creates_lists_and_updates_commit_and_issue_comments()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddCommit(Workspace, Slug, Sha);
        fixture.State.AddIssue(Workspace, Slug, 5);
        var forge = fixture.Forge();

        var onCommit = await forge.CreateCommentAsync(CommentTarget.Commit(Sha), "[mark] commit", CancellationToken.None);
        var onIssue = await forge.CreateCommentAsync(CommentTarget.Issue("5"), "[mark] issue", CancellationToken.None);
        var foundCommit = await forge.FindNewestCommentAsync(CommentTarget.Commit(Sha), Marked, CancellationToken.None);
        var foundIssue = await forge.FindNewestCommentAsync(CommentTarget.Issue("5"), Marked, CancellationToken.None);
        await forge.UpdateCommentAsync(CommentTarget.Commit(Sha), foundCommit!, "edited", CancellationToken.None);

        Assert.Equal(onCommit.Id, foundCommit?.Id);
        Assert.Equal(onIssue.Id, foundIssue?.Id);
        Assert.Contains($"/commits/{Sha}#comment-", onCommit.Url);
        Assert.Equal("edited", Assert.Single(fixture.State.CommitComments(Workspace, Slug, Sha)).Body);
    }

    [Fact]
    public async Task Lists_only_open_pull_requests_of_a_commit_newest_first()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddPullRequest(Workspace, Slug, 4, Sha, source: "feature", destination: "main");
        fixture.State.AddPullRequest(Workspace, Slug, 6, Sha, source: "feature", destination: "release");
        fixture.State.AddPullRequest(Workspace, Slug, 9, Sha, state: "MERGED");

        var pulls = await fixture.Forge().PullRequestsForCommitAsync(Sha, CancellationToken.None);

        Assert.Equal(["6", "4"], pulls.Select(p => p.Number));
        Assert.Equal($"{fixture.Repository.WebUrl}/pull-requests/6", pulls[0].Url);
        Assert.Equal("feature", pulls[0].SourceBranch);
        Assert.Equal("release", pulls[0].TargetBranch);
    }

    [Fact]
    public async Task Without_commit_links_the_message_says_how_to_enable_them()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddCommit(Workspace, Slug, Sha);
        fixture.State.DisableCommitLinks(Workspace, Slug);

        var error = await Assert.ThrowsAsync<ForgeRequestException>(() => fixture.Forge().PullRequestsForCommitAsync(Sha, CancellationToken.None));

        Assert.Contains("Pull Request Commit Links", error.Message);
        Assert.Contains("Go to pull request", error.Message);
        Assert.Contains("--target pr/", error.Message);
    }

    [Fact]
    public async Task A_bad_token_is_a_401_that_names_the_variables_and_not_the_token()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddPullRequest(Workspace, Slug, 1, Sha);

        var error = await Assert.ThrowsAsync<ForgeRequestException>(
            () => fixture.Forge("not-a-token").CreateCommentAsync(CommentTarget.PullRequest("1"), "x", CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.False(error.OutcomeUnknown);
        Assert.Contains("REPO_TOKEN", error.Message);
        Assert.DoesNotContain("not-a-token", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task A_missing_scope_is_a_403_that_names_the_permission()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddPullRequest(Workspace, Slug, 1, Sha);
        fixture.State.AddAccessToken("reader", "reader-bot", ["pullrequest"]);

        var error = await Assert.ThrowsAsync<ForgeRequestException>(
            () => fixture.Forge("reader").CreateCommentAsync(CommentTarget.PullRequest("1"), "x", CancellationToken.None));

        Assert.Equal(403, error.StatusCode);
        Assert.Contains("Pull requests: Write", error.Message);
        Assert.Contains("pullrequest:write", error.Message);
    }

    [Fact]
    public async Task A_missing_pull_request_is_a_404_that_names_it()
    {
        await using var fixture = await BitbucketFixture.StartAsync();

        var error = await Assert.ThrowsAsync<ForgeRequestException>(
            () => fixture.Forge().CreateCommentAsync(CommentTarget.PullRequest("42"), "x", CancellationToken.None));

        Assert.Equal(404, error.StatusCode);
        Assert.Contains("pull request #42", error.Message);
        Assert.Contains("acme/model", error.Message);
    }

    [Fact]
    public async Task An_oversized_comment_says_what_Bitbucket_said()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddPullRequest(Workspace, Slug, 1, Sha);

        var error = await Assert.ThrowsAsync<ForgeRequestException>(
            () => fixture.Forge().CreateCommentAsync(CommentTarget.PullRequest("1"), new string('x', 40_000), CancellationToken.None));

        Assert.Equal(400, error.StatusCode);
        Assert.Contains("Bad Request (400)", error.Message);
        Assert.DoesNotContain("<h1>", error.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_502_on_create_is_an_unknown_outcome_and_is_not_retried(bool serverCreatedItAnyway)
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddPullRequest(Workspace, Slug, 1, Sha);
        fixture.State.AddFault(new Fault("POST", $"^/2.0/repositories/{Workspace}/{Slug}/pullrequests/1/comments$", 502, AfterHandling: serverCreatedItAnyway));

        var error = await Assert.ThrowsAsync<ForgeRequestException>(
            () => fixture.Forge().CreateCommentAsync(CommentTarget.PullRequest("1"), "x", CancellationToken.None));

        Assert.True(error.OutcomeUnknown);
        Assert.Equal(1, fixture.State.Requests.Count(r => r.Method == "POST"));
        Assert.Equal(serverCreatedItAnyway ? 1 : 0, fixture.State.PullRequestComments(Workspace, Slug, 1).Count);
    }

    [Fact]
    public async Task Server_errors_on_listing_are_retried()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddPullRequest(Workspace, Slug, 1, Sha);
        var ours = fixture.State.SeedPullRequestComment(Workspace, Slug, 1, "[mark]", BitbucketFixture.Bot);
        fixture.State.AddFault(new Fault("GET", "/pullrequests/1/comments$", 503, Times: 2));

        var found = await fixture.Forge().FindNewestCommentAsync(CommentTarget.PullRequest("1"), Marked, CancellationToken.None);

        Assert.Equal(Id(ours.Id), found?.Id);
        Assert.Equal(3, ListRequests(fixture, 1));
    }

    [Fact]
    public async Task A_non_numeric_pull_request_is_a_usage_error()
    {
        await using var fixture = await BitbucketFixture.StartAsync();

        var error = await Assert.ThrowsAsync<ContinuousMl.Errors.CmlException>(
            () => fixture.Forge().CreateCommentAsync(CommentTarget.PullRequest("abc"), "x", CancellationToken.None));

        Assert.Equal(2, error.ExitCode);
        Assert.Empty(fixture.State.Requests);
    }

    [Fact]
    public void Limits_are_Bitbucket_s()
    {
        Assert.Equal(32_767, ContinuousMl.Bitbucket.BitbucketForge.BitbucketLimits.MaxCommentCharacters);
        Assert.False(ContinuousMl.Bitbucket.BitbucketForge.BitbucketLimits.RendersHtml);
        Assert.Equal(global::FakeForge.Bitbucket.BitbucketState.MaxCommentLength, ContinuousMl.Bitbucket.BitbucketForge.BitbucketLimits.MaxCommentCharacters);
    }
}
