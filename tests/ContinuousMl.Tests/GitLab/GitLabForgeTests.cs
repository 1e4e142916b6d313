using System.Globalization;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using ContinuousMl.Tests.Reports;
using FakeForge;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Tests.GitLab;

public class GitLabForgeTests
{
    private const string Project = "acme/model";
    private const string Sha = "5555555555555555555555555555555555555555";
    private const string NotesPath = "/projects/acme%2Fmodel/merge_requests/7/notes";

    private static bool Marked(Comment comment) => comment.Body.Contains("[mark]", StringComparison.Ordinal);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Finds_the_newest_match_among_250_notes_in_one_request()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddMergeRequest(Project, 7, Sha);
        fixture.State.SeedMergeRequestNote(Project, 7, "[mark] older", GitLabFixture.User);
        for (var i = 0; i < 200; i++)
        {
            fixture.State.SeedMergeRequestNote(Project, 7, $"review {i}", "reviewer");
        }

        var newest = fixture.State.SeedMergeRequestNote(Project, 7, "[mark] newest", GitLabFixture.User);
        for (var i = 0; i < 48; i++)
        {
            fixture.State.SeedMergeRequestNote(Project, 7, $"late {i}", "reviewer");
        }

        var found = await fixture.Forge().FindNewestCommentAsync(CommentTarget.PullRequest("7"), Marked, CancellationToken.None);

        Assert.Equal(Id(newest.Id), found?.Id);
        Assert.Equal(1, fixture.Requests("GET", NotesPath));
        var listing = fixture.State.Requests.Single(r => r.Path.EndsWith(NotesPath, StringComparison.Ordinal));
        Assert.Contains("sort=desc", listing.PathAndQuery);
        Assert.Contains("order_by=created_at", listing.PathAndQuery);
        Assert.Contains("per_page=100", listing.PathAndQuery);
    }

    [Fact]
    public async Task Follows_x_next_page_when_the_match_is_old_and_stops_there()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddMergeRequest(Project, 7, Sha);
        for (var i = 0; i < 50; i++)
        {
            fixture.State.SeedMergeRequestNote(Project, 7, $"ancient {i}", "reviewer");
        }

        var ours = fixture.State.SeedMergeRequestNote(Project, 7, "[mark] ours", GitLabFixture.User);
        for (var i = 0; i < 250; i++)
        {
            fixture.State.SeedMergeRequestNote(Project, 7, $"review {i}", "reviewer");
        }

        // 301 notes newest first: ours is the 251st, on page 3 of 4.
        var found = await fixture.Forge().FindNewestCommentAsync(CommentTarget.PullRequest("7"), Marked, CancellationToken.None);

        Assert.Equal(Id(ours.Id), found?.Id);
        Assert.Equal(3, fixture.Requests("GET", NotesPath));
    }

    [Fact]
    public async Task Finds_nothing_after_reading_every_page()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddMergeRequest(Project, 7, Sha);
        for (var i = 0; i < 150; i++)
        {
            fixture.State.SeedMergeRequestNote(Project, 7, $"review {i}", "reviewer");
        }

        var found = await fixture.Forge().FindNewestCommentAsync(CommentTarget.PullRequest("7"), Marked, CancellationToken.None);

        Assert.Null(found);
        Assert.Equal(2, fixture.Requests("GET", NotesPath));
    }

    [Fact]
    public async Task System_notes_are_never_ours()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddMergeRequest(Project, 7, Sha);
        var ours = fixture.State.SeedMergeRequestNote(Project, 7, "[mark] ours", GitLabFixture.User);
        fixture.State.SeedMergeRequestNote(Project, 7, "changed the description: [mark]", GitLabFixture.User, system: true);

        var found = await fixture.Forge().FindNewestCommentAsync(CommentTarget.PullRequest("7"), Marked, CancellationToken.None);

        Assert.Equal(Id(ours.Id), found?.Id);
    }

    [Fact]
    public async Task Prefers_the_tokens_own_note_over_a_newer_quote_asking_get_user_once()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddMergeRequest(Project, 7, Sha);
        var ours = fixture.State.SeedMergeRequestNote(Project, 7, "[mark] ours", GitLabFixture.User);
        fixture.State.SeedMergeRequestNote(Project, 7, "> [mark] ours\n\nnice", "reviewer");
        var forge = fixture.ForgeAskingTheServer();

        var first = await forge.FindNewestCommentAsync(CommentTarget.PullRequest("7"), Marked, CancellationToken.None);
        var second = await forge.FindNewestCommentAsync(CommentTarget.PullRequest("7"), Marked, CancellationToken.None);

        Assert.Equal(Id(ours.Id), first?.Id);
        Assert.Equal(Id(ours.Id), second?.Id);
        Assert.Equal(1, fixture.Requests("GET", "/api/v4/user"));
    }

    [Fact]
    public async Task Falls_back_to_the_newest_match_by_anyone()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddMergeRequest(Project, 7, Sha);
        fixture.State.SeedMergeRequestNote(Project, 7, "[mark] cml's", "ci-bot");
        var newest = fixture.State.SeedMergeRequestNote(Project, 7, "[mark] a colleague's", "colleague");

        var found = await fixture.Forge(self: "someone-else").FindNewestCommentAsync(CommentTarget.PullRequest("7"), Marked, CancellationToken.None);

        Assert.Equal(Id(newest.Id), found?.Id);
    }

    [Fact]
    public async Task Creates_and_updates_a_merge_request_note_in_place()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddMergeRequest(Project, 7, Sha);
        var forge = fixture.Forge();

        var created = await forge.CreateCommentAsync(CommentTarget.PullRequest("7"), "[mark] v1", CancellationToken.None);
        var found = await forge.FindNewestCommentAsync(CommentTarget.PullRequest("7"), Marked, CancellationToken.None);
        var updated = await forge.UpdateCommentAsync(CommentTarget.PullRequest("7"), found!, "[mark] v2", CancellationToken.None);

        var note = Assert.Single(fixture.State.MergeRequestNotes(Project, 7));
        Assert.Equal("[mark] v2", note.Body);
        Assert.Equal(Id(note.Id), created.Id);
        Assert.Equal(created.Id, updated.Id);
        Assert.Equal($"{fixture.Fake.ServerUrl}/{Project}/-/merge_requests/7#note_{note.Id}", updated.Url);
        Assert.Equal(GitLabFixture.User, created.Author);
        Assert.NotNull(created.CreatedAt);
        Assert.Equal(1, fixture.Requests("PUT", $"{NotesPath}/{note.Id}"));
    }

    [Fact]
    public async Task Creates_finds_and_updates_issue_notes()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddIssue(Project, 12);
        var forge = fixture.Forge();

        var created = await forge.CreateCommentAsync(CommentTarget.Issue("12"), "[mark] v1", CancellationToken.None);
        var updated = await forge.UpdateCommentAsync(CommentTarget.Issue("12"), created, "[mark] v2", CancellationToken.None);

        Assert.Equal("[mark] v2", Assert.Single(fixture.State.IssueNotes(Project, 12)).Body);
        Assert.EndsWith($"/{Project}/-/issues/12#note_{updated.Id}", updated.Url);
    }

    [Fact]
    public async Task Commit_comments_are_read_from_the_last_page_back()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddCommit(Project, Sha);
        fixture.State.SeedCommitComment(Project, Sha, "[mark] old", GitLabFixture.User);
        for (var i = 0; i < 120; i++)
        {
            fixture.State.SeedCommitComment(Project, Sha, $"c{i}", "reviewer");
        }

        fixture.State.SeedCommitComment(Project, Sha, "[mark] new", GitLabFixture.User);
        for (var i = 0; i < 30; i++)
        {
            fixture.State.SeedCommitComment(Project, Sha, $"d{i}", "reviewer");
        }

        var found = await fixture.Forge().FindNewestCommentAsync(CommentTarget.Commit(Sha), Marked, CancellationToken.None);

        Assert.Equal("[mark] new", found?.Body);
        Assert.Equal($"{fixture.Fake.ServerUrl}/{Project}/-/commit/{Sha}", found?.Url);
        Assert.Equal(2, fixture.Requests("GET", $"/repository/commits/{Sha}/comments"));
    }

    [Fact]
    public async Task Updating_a_commit_comment_posts_a_new_one_and_says_why()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddCommit(Project, Sha);
        var logger = new RecordingLogger();
        var forge = fixture.Forge(logger: logger);
        var first = await forge.CreateCommentAsync(CommentTarget.Commit(Sha), "[mark] v1", CancellationToken.None);

        var second = await forge.UpdateCommentAsync(CommentTarget.Commit(Sha), first, "[mark] v2", CancellationToken.None);

        Assert.Equal(["[mark] v1", "[mark] v2"], fixture.State.CommitComments(Project, Sha).Select(c => c.Note));
        Assert.Equal($"{fixture.Fake.ServerUrl}/{Project}/-/commit/{Sha}", second.Url);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("GitLab cannot edit commit comments", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lists_only_the_open_merge_requests_of_a_commit_newest_first()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddMergeRequest(Project, 3, Sha, sourceBranch: "old", state: "merged");
        fixture.State.AddMergeRequest(Project, 4, Sha, sourceBranch: "exp", targetBranch: "main");
        fixture.State.AddMergeRequest(Project, 5, Sha, sourceBranch: "exp2", targetBranch: "dev");

        var prs = await fixture.Forge().PullRequestsForCommitAsync(Sha, CancellationToken.None);

        Assert.Equal(["5", "4"], prs.Select(p => p.Number));
        Assert.Equal($"{fixture.Fake.ServerUrl}/{Project}/-/merge_requests/5", prs[0].Url);
        Assert.Equal("exp2", prs[0].SourceBranch);
        Assert.Equal("dev", prs[0].TargetBranch);
    }

    [Fact]
    public async Task A_bad_token_is_a_401_that_names_the_variables_and_the_job_token()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddMergeRequest(Project, 7, Sha);

        var error = await Assert.ThrowsAsync<ForgeRequestException>(() =>
            fixture.Forge(token: "glpat-wrong").CreateCommentAsync(CommentTarget.PullRequest("7"), "x", CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.False(error.OutcomeUnknown);
        Assert.Contains("REPO_TOKEN", error.Message);
        Assert.Contains("CI_JOB_TOKEN", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task A_read_api_token_is_a_403_that_asks_for_the_api_scope()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddMergeRequest(Project, 7, Sha);
        fixture.State.AddToken("glpat-readApi", "reader", readApiOnly: true);

        var error = await Assert.ThrowsAsync<ForgeRequestException>(() =>
            fixture.Forge(token: "glpat-readApi").CreateCommentAsync(CommentTarget.PullRequest("7"), "x", CancellationToken.None));

        Assert.Equal(403, error.StatusCode);
        Assert.Contains("insufficient_scope", error.Message);
        Assert.Contains("api scope", error.Message);
        Assert.Contains(Project, error.Message);
    }

    [Fact]
    public async Task A_missing_merge_request_is_a_404_that_names_it()
    {
        await using var fixture = await GitLabFixture.StartAsync();

        var error = await Assert.ThrowsAsync<ForgeRequestException>(() =>
            fixture.Forge().CreateCommentAsync(CommentTarget.PullRequest("99"), "x", CancellationToken.None));

        Assert.Equal(404, error.StatusCode);
        Assert.Contains("merge request !99", error.Message);
        Assert.Contains("--repo", error.Message);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_gitlabs_reason()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddMergeRequest(Project, 7, Sha);

        var error = await Assert.ThrowsAsync<ForgeRequestException>(() =>
            fixture.Forge().CreateCommentAsync(CommentTarget.PullRequest("7"), new string('x', 1_000_001), CancellationToken.None));

        Assert.Equal(400, error.StatusCode);
        Assert.Contains("note is too long (maximum is 1000000 characters)", error.Message);
        Assert.Equal(1_000_000, fixture.Forge().Limits.MaxCommentCharacters);
        Assert.True(fixture.Forge().Limits.RendersHtml);
    }

    [Fact]
    public async Task A_502_on_create_is_not_repeated_and_its_outcome_is_unknown()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddMergeRequest(Project, 7, Sha);
        fixture.State.AddFault(new Fault("POST", "/notes$", 502, AfterHandling: true));

        var error = await Assert.ThrowsAsync<ForgeRequestException>(() =>
            fixture.Forge().CreateCommentAsync(CommentTarget.PullRequest("7"), "x", CancellationToken.None));

        Assert.True(error.OutcomeUnknown);
        Assert.Equal(502, error.StatusCode);
        Assert.Equal(1, fixture.Requests("POST", NotesPath));
    }

    [Fact]
    public async Task Server_errors_on_reads_are_retried()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddMergeRequest(Project, 7, Sha);
        fixture.State.AddFault(new Fault("GET", "/notes$", 503, Times: 2));

        var found = await fixture.Forge().FindNewestCommentAsync(CommentTarget.PullRequest("7"), Marked, CancellationToken.None);

        Assert.Null(found);
        Assert.Equal(3, fixture.Requests("GET", NotesPath));
    }

    [Fact]
    public async Task A_non_numeric_merge_request_is_a_usage_error()
    {
        await using var fixture = await GitLabFixture.StartAsync();

        var error = await Assert.ThrowsAsync<CmlException>(() =>
            fixture.Forge().CreateCommentAsync(CommentTarget.PullRequest("abc"), "x", CancellationToken.None));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Empty(fixture.State.Requests);
    }
}
