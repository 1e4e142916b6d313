using ContinuousMl.Forges;

namespace ContinuousMl.Tests.GitHub;

public class GitHubForgeTests
{
    private const string Owner = GitHubFixture.Owner;
    private const string Name = GitHubFixture.Name;

    private static bool Marked(Comment comment) => comment.Body.Contains("[mark]", StringComparison.Ordinal);

    private int ListRequests(GitHubFixture fixture, int number) =>
        fixture.State.Requests.Count(r => r.Method == "GET" && r.Path == $"/repos/{Owner}/{Name}/issues/{number}/comments");

    [Fact]
    public async Task Finds_nothing_in_one_request_when_everything_fits_one_page()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        fixture.State.AddIssue(Owner, Name, 1);
        fixture.State.SeedIssueComment(Owner, Name, 1, "hello", "someone");

        var found = await fixture.Forge().FindNewestCommentAsync(CommentTarget.Issue("1"), Marked, CancellationToken.None);

        Assert.Null(found);
        Assert.Equal(1, ListRequests(fixture, 1));
    }

    [Fact]
    public async Task Walks_back_from_the_last_page_and_stops_at_the_first_match()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        fixture.State.AddIssue(Owner, Name, 1);
        for (var i = 0; i < 120; i++)
        {
            fixture.State.SeedIssueComment(Owner, Name, 1, i == 60 ? "[mark] old" : $"c{i}", "octo-user");
        }

        var newest = fixture.State.SeedIssueComment(Owner, Name, 1, "[mark] new", "octo-user");
        for (var i = 0; i < 300; i++)
        {
            fixture.State.SeedIssueComment(Owner, Name, 1, $"d{i}", "reviewer");
        }

        // 422 comments: pages 1..5; the newest match is comment 121, on page 2.
        var found = await fixture.Forge().FindNewestCommentAsync(CommentTarget.Issue("1"), Marked, CancellationToken.None);

        Assert.Equal(newest.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), found?.Id);
        Assert.Equal(5, ListRequests(fixture, 1));
    }

    [Fact]
    public async Task Prefers_the_tokens_own_comment_over_a_newer_quote()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        fixture.State.AddIssue(Owner, Name, 1);
        var ours = fixture.State.SeedIssueComment(Owner, Name, 1, "[mark] ours", "octo-user");
        fixture.State.SeedIssueComment(Owner, Name, 1, "> [mark] ours\n\nnice", "reviewer");

        var found = await fixture.Forge().FindNewestCommentAsync(CommentTarget.Issue("1"), Marked, CancellationToken.None);

        Assert.Equal(ours.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), found?.Id);
    }

    [Fact]
    public async Task Falls_back_to_the_newest_match_by_anyone()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        fixture.State.AddIssue(Owner, Name, 1);
        fixture.State.SeedIssueComment(Owner, Name, 1, "[mark] cml's", "github-actions[bot]");
        var newest = fixture.State.SeedIssueComment(Owner, Name, 1, "[mark] a colleague's", "colleague");

        var found = await fixture.Forge(self: "someone-else").FindNewestCommentAsync(CommentTarget.Issue("1"), Marked, CancellationToken.None);

        Assert.Equal(newest.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), found?.Id);
    }

    [Fact]
    public async Task Creates_lists_and_updates_commit_comments()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        var sha = new string('c', 40);
        fixture.State.AddCommit(Owner, Name, sha);
        var forge = fixture.Forge();

        var created = await forge.CreateCommentAsync(CommentTarget.Commit(sha), "[mark] v1", CancellationToken.None);
        var found = await forge.FindNewestCommentAsync(CommentTarget.Commit(sha), Marked, CancellationToken.None);
        var updated = await forge.UpdateCommentAsync(CommentTarget.Commit(sha), found!, "[mark] v2", CancellationToken.None);

        Assert.Equal(created.Id, updated.Id);
        Assert.Equal("[mark] v2", Assert.Single(fixture.State.CommitComments(Owner, Name, sha)).Body);
        Assert.Contains("#commitcomment-", updated.Url);
    }

    [Fact]
    public async Task Lists_the_open_pull_requests_of_a_commit()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        var sha = new string('d', 40);
        fixture.State.AddPullRequest(Owner, Name, 4, sha, headRef: "exp", baseRef: "main");

        var prs = await fixture.Forge().PullRequestsForCommitAsync(sha, CancellationToken.None);

        var pr = Assert.Single(prs);
        Assert.Equal("4", pr.Number);
        Assert.EndsWith("/pull/4", pr.Url);
        Assert.Equal("exp", pr.SourceBranch);
        Assert.Equal("main", pr.TargetBranch);
    }

    [Fact]
    public async Task A_missing_pull_request_is_a_404_that_names_it()
    {
        await using var fixture = await GitHubFixture.StartAsync();

        var error = await Assert.ThrowsAsync<ForgeRequestException>(() =>
            fixture.Forge().CreateCommentAsync(CommentTarget.PullRequest("99"), "x", CancellationToken.None));

        Assert.Equal(404, error.StatusCode);
        Assert.Contains("pull request #99", error.Message);
        Assert.False(error.OutcomeUnknown);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_githubs_reason()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        fixture.State.AddIssue(Owner, Name, 1);

        var error = await Assert.ThrowsAsync<ForgeRequestException>(() =>
            fixture.Forge().CreateCommentAsync(CommentTarget.Issue("1"), new string('x', 70_000), CancellationToken.None));

        Assert.Equal(422, error.StatusCode);
        Assert.Contains("maximum is 65536 characters", error.Message);
    }
}
