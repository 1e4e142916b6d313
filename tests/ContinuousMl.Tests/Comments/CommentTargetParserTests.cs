using ContinuousMl.Comments;
using ContinuousMl.Errors;
using ContinuousMl.Forges;

namespace ContinuousMl.Tests.Comments;

// The 14 cases of CML 0.20.6's src/commenttarget.test.js (reference §10.1), plus our rev-parse of commit/<rev>.
public class CommentTargetParserTests
{
    private static Task<CommentTarget> Resolve(CommentTargetRequest request, ITargetContext? context = null) =>
        CommentTargetParser.ResolveAsync(request, context, CancellationToken.None);

    [Theory]
    [InlineData("pr/3", CommentTargetKind.PullRequest, "3")]
    [InlineData("commit/abcdefg", CommentTargetKind.Commit, "abcdefg")]
    [InlineData("issue/3", CommentTargetKind.Issue, "3")]
    [InlineData("PR/7", CommentTargetKind.PullRequest, "7")]
    public async Task Qualified_targets_do_not_touch_the_context(string target, CommentTargetKind kind, string id)
    {
        var resolved = await Resolve(new CommentTargetRequest(target));

        Assert.Equal(new CommentTarget(kind, id), resolved);
    }

    [Fact]
    public async Task Unsupported_qualified_target_is_refused()
    {
        var error = await Assert.ThrowsAsync<CmlException>(() => Resolve(new CommentTargetRequest("unsupported/3")));

        Assert.Equal("unsupported comment target \"unsupported/3\"", error.Message);
    }

    [Fact]
    public async Task Unqualified_issue_is_refused()
    {
        var error = await Assert.ThrowsAsync<CmlException>(() => Resolve(new CommentTargetRequest("issue")));

        Assert.Equal("Failed to parse comment --target=\"issue\"", error.Message);
    }

    [Fact]
    public async Task Legacy_commit_sha_wins_and_warns()
    {
        var context = new FakeTargetContext();

        var resolved = await Resolve(new CommentTargetRequest("issue/3", CommitSha: "abcdefg"), context);

        Assert.Equal(CommentTarget.Commit("abcdefg"), resolved);
        Assert.Equal(["Deprecation warning: use --target=\"commit/<sha>\" instead of --commit-sha=<sha>"], context.Warnings);
    }

    [Fact]
    public async Task Legacy_pr_flag_uses_the_run_context()
    {
        var context = new FakeTargetContext { PullRequest = "4" };

        var resolved = await Resolve(new CommentTargetRequest("issue/3", PullRequest: true), context);

        Assert.Equal(CommentTarget.PullRequest("4"), resolved);
        Assert.Equal(["Deprecation warning: use --target=pr instead of --pr"], context.Warnings);
    }

    [Fact]
    public async Task Legacy_pr_flag_finds_the_pr_of_the_commit()
    {
        var context = new FakeTargetContext { Sha = "abcdefg", PullRequests = [new PullRequestRef("4", "forge/pr/4", null, null)] };

        var resolved = await Resolve(new CommentTargetRequest("issue/3", PullRequest: true), context);

        Assert.Equal(CommentTarget.PullRequest("4"), resolved);
        Assert.Equal(["abcdefg"], context.Lookups);
    }

    [Fact]
    public async Task Unqualified_commit_uses_the_run_sha()
    {
        var resolved = await Resolve(new CommentTargetRequest("commit"), new FakeTargetContext { Sha = "abcdefg" });

        Assert.Equal(CommentTarget.Commit("abcdefg"), resolved);
    }

    [Theory]
    [InlineData("pr")]
    [InlineData("auto")]
    public async Task Pr_and_auto_use_the_run_pr(string target)
    {
        var context = new FakeTargetContext { PullRequest = "4", Sha = "abc" };

        var resolved = await Resolve(new CommentTargetRequest(target), context);

        Assert.Equal(CommentTarget.PullRequest("4"), resolved);
        Assert.Empty(context.Lookups);
    }

    [Fact]
    public async Task Unqualified_pr_finds_the_pr_of_the_commit()
    {
        var context = new FakeTargetContext { Sha = "abcdefg", PullRequests = [new PullRequestRef("4", "forge/pr/4", null, null)] };

        Assert.Equal(CommentTarget.PullRequest("4"), await Resolve(new CommentTargetRequest("pr"), context));
    }

    [Fact]
    public async Task Auto_finds_the_pr_of_the_commit()
    {
        var context = new FakeTargetContext { Sha = "abcdefg", PullRequests = [new PullRequestRef("5", "forge/pr/5", null, null)] };

        Assert.Equal(CommentTarget.PullRequest("5"), await Resolve(new CommentTargetRequest("auto"), context));
    }

    [Fact]
    public async Task Auto_falls_back_to_the_commit()
    {
        var context = new FakeTargetContext { Sha = "abcdefg" };

        Assert.Equal(CommentTarget.Commit("abcdefg"), await Resolve(new CommentTargetRequest("auto"), context));
    }

    [Fact]
    public async Task Default_target_is_auto()
    {
        var context = new FakeTargetContext { Sha = "abcdefg" };

        Assert.Equal(CommentTarget.Commit("abcdefg"), await Resolve(new CommentTargetRequest(null), context));
    }

    [Fact]
    public async Task Pr_without_a_pr_is_an_error_naming_the_sha()
    {
        var error = await Assert.ThrowsAsync<CmlException>(() => Resolve(new CommentTargetRequest("pr"), new FakeTargetContext { Sha = "abcdefg" }));

        Assert.Equal("PR for commit sha \"abcdefg\" not found", error.Message);
    }

    [Fact]
    public async Task Commit_revision_is_rev_parsed_when_not_a_full_sha()
    {
        var full = new string('a', 40);
        var context = new FakeTargetContext { Revisions = { ["HEAD"] = full } };

        Assert.Equal(CommentTarget.Commit(full), await Resolve(new CommentTargetRequest("commit/HEAD"), context));
    }

    [Fact]
    public async Task Full_sha_is_not_rev_parsed()
    {
        var full = new string('b', 40);
        var context = new FakeTargetContext();

        Assert.Equal(CommentTarget.Commit(full), await Resolve(new CommentTargetRequest("commit/" + full), context));
        Assert.Empty(context.RevParsed);
    }

    [Fact]
    public async Task Unresolvable_revision_goes_to_the_forge_verbatim()
    {
        Assert.Equal(CommentTarget.Commit("nope"), await Resolve(new CommentTargetRequest("commit/nope"), new FakeTargetContext()));
    }

    [Fact]
    public async Task Without_any_sha_the_error_says_what_to_pass()
    {
        var error = await Assert.ThrowsAsync<CmlException>(() => Resolve(new CommentTargetRequest("commit"), new FakeTargetContext()));

        Assert.Contains("--target", error.Message);
    }

    private sealed class FakeTargetContext : ITargetContext
    {
        public string? Sha { get; init; }

        public string? PullRequest { get; init; }

        public IReadOnlyList<PullRequestRef> PullRequests { get; init; } = [];

        public Dictionary<string, string> Revisions { get; } = [];

        public List<string> Warnings { get; } = [];

        public List<string> Lookups { get; } = [];

        public List<string> RevParsed { get; } = [];

        public void Warn(string message) => Warnings.Add(message);

        public Task<IReadOnlyList<PullRequestRef>> PullRequestsForCommitAsync(string sha, CancellationToken cancellationToken)
        {
            Lookups.Add(sha);
            return Task.FromResult(PullRequests);
        }

        public Task<string?> RevParseAsync(string revision, CancellationToken cancellationToken)
        {
            RevParsed.Add(revision);
            return Task.FromResult(Revisions.TryGetValue(revision, out var sha) ? sha : null);
        }
    }
}
