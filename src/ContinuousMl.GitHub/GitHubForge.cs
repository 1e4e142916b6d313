using System.Globalization;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using Microsoft.Extensions.Logging;
using Octokit;
using Comment = ContinuousMl.Forges.Comment;

namespace ContinuousMl.GitHub;

/// <summary>
/// Comments on GitHub through Octokit. Lists are read from the newest end: the first page tells the last page
/// number (<c>Link: rel="last"</c>), then pages are read backwards until a match is found.
/// </summary>
public sealed class GitHubForge : IForge
{
    private const int PageSize = 100;

    private readonly IGitHubClient client;
    private readonly GitHubRepository repository;
    private readonly ILogger logger;
    private readonly Func<CancellationToken, Task<string?>> whoAmI;
    private Task<string?>? selfLogin;

    /// <param name="whoAmI">The token's own login, or null when the API cannot tell (installation tokens).</param>
    public GitHubForge(IGitHubClient client, GitHubRepository repository, ILogger logger, Func<CancellationToken, Task<string?>> whoAmI)
    {
        this.client = client;
        this.repository = repository;
        this.logger = logger;
        this.whoAmI = whoAmI;
    }

    public string Name => "github";

    public ForgeLimits Limits => ForgeLimits.GitHub;

    public async Task<IReadOnlyList<PullRequestRef>> PullRequestsForCommitAsync(string sha, CancellationToken cancellationToken)
    {
        try
        {
            var pulls = await client.Repository.Commit.PullRequests(repository.Owner, repository.Name, sha).ConfigureAwait(false);
            return pulls
                .Where(p => p.State.Value == ItemState.Open)
                .OrderByDescending(p => p.CreatedAt)
                .Select(p => new PullRequestRef(p.Number.ToString(CultureInfo.InvariantCulture), p.HtmlUrl, p.Head?.Ref, p.Base?.Ref))
                .ToList();
        }
        catch (Exception ex)
        {
            throw GitHubErrors.Translate(ex, $"list the pull requests of commit {sha}", repository);
        }
    }

    public async Task<Comment?> FindNewestCommentAsync(CommentTarget target, Func<Comment, bool> matches, CancellationToken cancellationToken)
    {
        var firstPage = await ListPageAsync(target, 1, cancellationToken).ConfigureAwait(false);
        var lastPage = LastPageNumber();
        Comment? fallback = null;
        for (var page = lastPage; page >= 1; page--)
        {
            var comments = page == 1 ? firstPage : await ListPageAsync(target, page, cancellationToken).ConfigureAwait(false);
            for (var i = comments.Count - 1; i >= 0; i--)
            {
                var comment = comments[i];
                if (!matches(comment))
                {
                    continue;
                }

                var self = await SelfLoginAsync(cancellationToken).ConfigureAwait(false);
                if (self is null || string.Equals(comment.Author, self, StringComparison.OrdinalIgnoreCase))
                {
                    return comment;
                }

                // Someone else's comment carries our watermark (a quote, another bot): only if none of ours does.
                fallback ??= comment;
            }
        }

        if (fallback is not null)
        {
            logger.LogInformation("no matching comment by the token's user; using the newest match by {Author}", fallback.Author);
        }

        return fallback;
    }

    public async Task<Comment> CreateCommentAsync(CommentTarget target, string body, CancellationToken cancellationToken)
    {
        try
        {
            return target.Kind == CommentTargetKind.Commit
                ? FromCommitComment(await client.Repository.Comment.Create(repository.Owner, repository.Name, target.Id, new NewCommitComment(body)).ConfigureAwait(false))
                : FromIssueComment(await client.Issue.Comment.Create(repository.Owner, repository.Name, Number(target), body).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            throw GitHubErrors.Translate(ex, $"create a comment on {Describe(target)}", repository);
        }
    }

    public async Task<Comment> UpdateCommentAsync(CommentTarget target, Comment existing, string body, CancellationToken cancellationToken)
    {
        var id = long.Parse(existing.Id, CultureInfo.InvariantCulture);
        try
        {
            return target.Kind == CommentTargetKind.Commit
                ? FromCommitComment(await client.Repository.Comment.Update(repository.Owner, repository.Name, id, body).ConfigureAwait(false))
                : FromIssueComment(await client.Issue.Comment.Update(repository.Owner, repository.Name, id, body).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            throw GitHubErrors.Translate(ex, $"update comment {existing.Url}", repository);
        }
    }

    private async Task<IReadOnlyList<Comment>> ListPageAsync(CommentTarget target, int page, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var options = new ApiOptions { PageSize = PageSize, PageCount = 1, StartPage = page };
        try
        {
            if (target.Kind == CommentTargetKind.Commit)
            {
                var comments = await client.Repository.Comment.GetAllForCommit(repository.Owner, repository.Name, target.Id, options).ConfigureAwait(false);
                return comments.Select(FromCommitComment).ToList();
            }

            var issueComments = await client.Issue.Comment.GetAllForIssue(repository.Owner, repository.Name, Number(target), options).ConfigureAwait(false);
            return issueComments.Select(FromIssueComment).ToList();
        }
        catch (Exception ex)
        {
            throw GitHubErrors.Translate(ex, $"list the comments on {Describe(target)}", repository);
        }
    }

    private int LastPageNumber()
    {
        var links = client.GetLastApiInfo()?.Links;
        if (links is null || !links.TryGetValue("last", out var last))
        {
            return 1;
        }

        foreach (var pair in last.Query.TrimStart('?').Split('&'))
        {
            if (pair.StartsWith("page=", StringComparison.Ordinal)
                && int.TryParse(pair.AsSpan(5), NumberStyles.Integer, CultureInfo.InvariantCulture, out var page))
            {
                return page;
            }
        }

        return 1;
    }

    private Task<string?> SelfLoginAsync(CancellationToken cancellationToken) => selfLogin ??= whoAmI(cancellationToken);

    private static long Number(CommentTarget target) =>
        long.TryParse(target.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new CmlException($"--target {target}: \"{target.Id}\" is not a number", ExitCodes.Usage);

    private static string Describe(CommentTarget target) => target.Kind switch
    {
        CommentTargetKind.PullRequest => $"pull request #{target.Id}",
        CommentTargetKind.Issue => $"issue #{target.Id}",
        _ => $"commit {target.Id}",
    };

    private static Comment FromIssueComment(IssueComment c) =>
        new(c.Id.ToString(CultureInfo.InvariantCulture), c.Body ?? string.Empty, c.HtmlUrl, c.User?.Login, c.CreatedAt);

    private static Comment FromCommitComment(CommitComment c) =>
        new(c.Id.ToString(CultureInfo.InvariantCulture), c.Body ?? string.Empty, c.HtmlUrl, c.User?.Login, c.CreatedAt);
}
