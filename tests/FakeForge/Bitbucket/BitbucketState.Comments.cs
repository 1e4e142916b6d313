using System.Globalization;

namespace FakeForge.Bitbucket;

public sealed partial class BitbucketState
{
    /// <summary>Adds a comment by <paramref name="author"/> on pull request <paramref name="id"/>, as if posted earlier.</summary>
    public BitbucketStoredComment SeedPullRequestComment(string workspace, string slug, long id, string body, string author) =>
        Seed(workspace, slug, BitbucketCommentKind.PullRequest, Id(id), body, author);

    public BitbucketStoredComment SeedCommitComment(string workspace, string slug, string sha, string body, string author) =>
        Seed(workspace, slug, BitbucketCommentKind.Commit, sha, body, author);

    public BitbucketStoredComment SeedIssueComment(string workspace, string slug, long id, string body, string author) =>
        Seed(workspace, slug, BitbucketCommentKind.Issue, Id(id), body, author);

    /// <summary>The pull request's comments, oldest first, deleted ones included.</summary>
    public IReadOnlyList<BitbucketStoredComment> PullRequestComments(string workspace, string slug, long id) =>
        Comments(workspace, slug, BitbucketCommentKind.PullRequest, Id(id));

    public IReadOnlyList<BitbucketStoredComment> CommitComments(string workspace, string slug, string sha) =>
        Comments(workspace, slug, BitbucketCommentKind.Commit, sha);

    public IReadOnlyList<BitbucketStoredComment> IssueComments(string workspace, string slug, long id) =>
        Comments(workspace, slug, BitbucketCommentKind.Issue, Id(id));

    /// <summary>Deletes a comment the way the web page does: it stays in lists, emptied and flagged.</summary>
    public void DeleteComment(string workspace, string slug, long commentId)
    {
        lock (gate)
        {
            var repository = SeedRepository(workspace, slug);
            var index = repository.Comments.FindIndex(c => c.Id == commentId);
            repository.Comments[index] = repository.Comments[index] with { Body = string.Empty, Deleted = true, UpdatedOn = NowLocked() };
        }
    }

    internal IReadOnlyList<BitbucketStoredComment> ListComments(string workspace, string slug, BitbucketCommentKind kind, string targetId)
    {
        lock (gate)
        {
            var repository = ApiRepository(workspace, slug);
            RequireTarget(repository, kind, targetId);
            return repository.Comments.Where(c => c.IsOn(kind, targetId)).ToArray();
        }
    }

    internal BitbucketStoredComment GetComment(string workspace, string slug, BitbucketCommentKind kind, string targetId, long commentId)
    {
        lock (gate)
        {
            var repository = ApiRepository(workspace, slug);
            RequireTarget(repository, kind, targetId);
            return repository.Comments.FirstOrDefault(c => c.Id == commentId && c.IsOn(kind, targetId)) ?? throw BitbucketErrorException.NotFound();
        }
    }

    internal BitbucketStoredComment CreateComment(string workspace, string slug, BitbucketCommentKind kind, string targetId, string body, BitbucketUser author)
    {
        lock (gate)
        {
            var repository = ApiRepository(workspace, slug);
            RequireTarget(repository, kind, targetId);
            return AddLocked(repository, kind, targetId, body, author);
        }
    }

    /// <summary>Replaces the body; only the author may (403 otherwise), and a deleted comment is gone (404).</summary>
    internal BitbucketStoredComment UpdateComment(string workspace, string slug, BitbucketCommentKind kind, string targetId, long commentId, string body, BitbucketUser editor)
    {
        lock (gate)
        {
            var repository = ApiRepository(workspace, slug);
            RequireTarget(repository, kind, targetId);
            var index = repository.Comments.FindIndex(c => c.Id == commentId && c.IsOn(kind, targetId) && !c.Deleted);
            if (index < 0)
            {
                throw BitbucketErrorException.NotFound();
            }

            if (repository.Comments[index].Author.Uuid != editor.Uuid)
            {
                throw new BitbucketErrorException(403, "You can only edit your own comments.");
            }

            var updated = repository.Comments[index] with { Body = body, UpdatedOn = NowLocked() };
            repository.Comments[index] = updated;
            return updated;
        }
    }

    private BitbucketStoredComment Seed(string workspace, string slug, BitbucketCommentKind kind, string targetId, string body, string author)
    {
        lock (gate)
        {
            var repository = SeedRepository(workspace, slug);
            if (kind == BitbucketCommentKind.Commit)
            {
                repository.Commits.Add(targetId);
            }

            return AddLocked(repository, kind, targetId, body, UserLocked(author, bot: false));
        }
    }

    private BitbucketStoredComment AddLocked(BitbucketRepositoryRecord repository, BitbucketCommentKind kind, string targetId, string body, BitbucketUser author)
    {
        var id = nextCommentId++;
        var now = NowLocked();
        var web = $"{BaseUrl.AbsoluteUri}{repository.Workspace}/{repository.Slug}";
        var comment = kind switch
        {
            BitbucketCommentKind.PullRequest => new BitbucketStoredComment(
                id, body, author, now, now, $"{web}/pull-requests/{targetId}/_/diff#comment-{Id(id)}", PullRequestId: long.Parse(targetId, CultureInfo.InvariantCulture)),
            BitbucketCommentKind.Commit => new BitbucketStoredComment(
                id, body, author, now, now, $"{web}/commits/{targetId}#comment-{Id(id)}", CommitSha: targetId),
            _ => new BitbucketStoredComment(
                id, body, author, now, now, $"{web}/issues/{targetId}#comment-{Id(id)}", IssueId: long.Parse(targetId, CultureInfo.InvariantCulture)),
        };
        repository.Comments.Add(comment);
        return comment;
    }

    private IReadOnlyList<BitbucketStoredComment> Comments(string workspace, string slug, BitbucketCommentKind kind, string targetId)
    {
        lock (gate)
        {
            return SeedRepository(workspace, slug).Comments.Where(c => c.IsOn(kind, targetId)).ToArray();
        }
    }

    private static void RequireTarget(BitbucketRepositoryRecord repository, BitbucketCommentKind kind, string targetId)
    {
        var exists = kind switch
        {
            BitbucketCommentKind.PullRequest => long.TryParse(targetId, NumberStyles.None, CultureInfo.InvariantCulture, out var pr) && repository.PullRequests.ContainsKey(pr),
            BitbucketCommentKind.Commit => repository.Commits.Contains(targetId),
            _ => long.TryParse(targetId, NumberStyles.None, CultureInfo.InvariantCulture, out var issue) && repository.Issues.Contains(issue),
        };
        if (!exists)
        {
            throw BitbucketErrorException.NotFound();
        }
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
