using System.Globalization;
using FakeForge.Http;
using FakeForge.State;

namespace FakeForge;

/// <summary>Issue, pull-request and commit comments. Ids come from one counter, so they never repeat.</summary>
public sealed partial class GitHubState
{
    /// <summary>Adds a comment to issue or pull request <paramref name="number"/> as <paramref name="author"/>.</summary>
    public StoredComment SeedIssueComment(string owner, string name, int number, string body, string author)
    {
        lock (gate)
        {
            var repository = SeedRepository(owner, name);
            if (!repository.Issues.ContainsKey(number))
            {
                throw new InvalidOperationException($"{owner}/{name} has no issue or pull request #{number}");
            }

            return AddIssueCommentLocked(repository, number, body, UserLocked(author));
        }
    }

    /// <summary>Adds a comment to commit <paramref name="sha"/> (which becomes known) as <paramref name="author"/>.</summary>
    public StoredComment SeedCommitComment(string owner, string name, string sha, string body, string author)
    {
        lock (gate)
        {
            var repository = SeedRepository(owner, name);
            repository.ExternalCommits.Add(sha);
            return AddCommitCommentLocked(repository, sha.ToLowerInvariant(), body, UserLocked(author));
        }
    }

    /// <summary>The comments on issue or pull request <paramref name="number"/>, oldest first.</summary>
    public IReadOnlyList<StoredComment> IssueComments(string owner, string name, int number)
    {
        lock (gate)
        {
            return SeedRepository(owner, name).IssueComments.Where(c => c.IssueNumber == number).ToArray();
        }
    }

    /// <summary>The comments on commit <paramref name="sha"/>, oldest first.</summary>
    public IReadOnlyList<StoredComment> CommitComments(string owner, string name, string sha)
    {
        lock (gate)
        {
            return SeedRepository(owner, name).CommitComments
                .Where(c => string.Equals(c.CommitSha, sha, StringComparison.OrdinalIgnoreCase))
                .ToArray();
        }
    }

    internal IReadOnlyList<StoredComment> ListIssueComments(string owner, string name, int number)
    {
        lock (gate)
        {
            var repository = ApiRepository(owner, name);
            return repository.Issues.ContainsKey(number)
                ? repository.IssueComments.Where(c => c.IssueNumber == number).ToArray()
                : throw ApiErrorException.NotFound();
        }
    }

    internal StoredComment CreateIssueComment(string owner, string name, int number, string body, AccessToken caller)
    {
        lock (gate)
        {
            var repository = ApiRepository(owner, name);
            return repository.Issues.ContainsKey(number)
                ? AddIssueCommentLocked(repository, number, body, caller.User)
                : throw ApiErrorException.NotFound();
        }
    }

    internal IReadOnlyList<StoredComment> ListCommitComments(string owner, string name, string sha)
    {
        lock (gate)
        {
            var repository = ApiRepository(owner, name);
            var full = ResolveCommitLocked(repository, sha);
            return repository.CommitComments.Where(c => c.CommitSha == full).ToArray();
        }
    }

    internal StoredComment CreateCommitComment(string owner, string name, string sha, string body, AccessToken caller)
    {
        lock (gate)
        {
            var repository = ApiRepository(owner, name);
            return AddCommitCommentLocked(repository, ResolveCommitLocked(repository, sha), body, caller.User);
        }
    }

    internal StoredComment GetComment(string owner, string name, long id, bool commitComment)
    {
        lock (gate)
        {
            var comments = CommentsLocked(owner, name, commitComment);
            return comments.Find(c => c.Id == id) ?? throw ApiErrorException.NotFound();
        }
    }

    internal StoredComment UpdateComment(string owner, string name, long id, bool commitComment, string body)
    {
        lock (gate)
        {
            var comments = CommentsLocked(owner, name, commitComment);
            var index = comments.FindIndex(c => c.Id == id);
            if (index < 0)
            {
                throw ApiErrorException.NotFound();
            }

            comments[index] = comments[index] with { Body = body, UpdatedAt = NowLocked() };
            return comments[index];
        }
    }

    internal void DeleteComment(string owner, string name, long id, bool commitComment)
    {
        lock (gate)
        {
            if (CommentsLocked(owner, name, commitComment).RemoveAll(c => c.Id == id) == 0)
            {
                throw ApiErrorException.NotFound();
            }
        }
    }

    private List<StoredComment> CommentsLocked(string owner, string name, bool commitComment)
    {
        var repository = ApiRepository(owner, name);
        return commitComment ? repository.CommitComments : repository.IssueComments;
    }

    private StoredComment AddIssueCommentLocked(RepositoryRecord repository, int number, string body, UserAccount author)
    {
        var id = nextCommentId++;
        var kind = repository.Issues[number].IsPullRequest ? "pull" : "issues";
        var url = string.Create(CultureInfo.InvariantCulture, $"{BaseUrl.AbsoluteUri}{repository.Identity.FullName}/{kind}/{number}#issuecomment-{id}");
        var now = NowLocked();
        var comment = new StoredComment(id, body, author.Login, now, now, url, IssueNumber: number) { Author = author };
        repository.IssueComments.Add(comment);
        return comment;
    }

    private StoredComment AddCommitCommentLocked(RepositoryRecord repository, string sha, string body, UserAccount author)
    {
        var id = nextCommentId++;
        var url = string.Create(CultureInfo.InvariantCulture, $"{BaseUrl.AbsoluteUri}{repository.Identity.FullName}/commit/{sha}#commitcomment-{id}");
        var now = NowLocked();
        var comment = new StoredComment(id, body, author.Login, now, now, url, CommitSha: sha) { Author = author };
        repository.CommitComments.Add(comment);
        return comment;
    }
}
