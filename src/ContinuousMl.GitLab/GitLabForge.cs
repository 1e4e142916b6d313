using System.Globalization;
using System.Runtime.CompilerServices;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using ContinuousMl.GitLab.Models;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.GitLab;

/// <summary>
/// Comments on GitLab: notes on merge requests and issues, and commit comments. Notes are listed newest first
/// (<c>sort=desc&amp;order_by=created_at</c>, 100 a page), so the newest match is on the first page in the common
/// case. Commit comments have no sort order and no id: they are read from the last page back, and cannot be
/// edited, so an update of one posts a new comment and says so.
/// </summary>
public sealed class GitLabForge : IForge
{
    /// <summary>Notes, issue and commit comments alike are limited to 1,000,000 characters; HTML renders.</summary>
    public static readonly ForgeLimits GitLabLimits = new(1_000_000, RendersHtml: true);

    private readonly GitLabApi api;
    private readonly ILogger logger;
    private readonly Func<CancellationToken, Task<string?>> whoAmI;
    private readonly Lock gate = new();
    private Task<string?>? selfUsername;

    /// <param name="api">The project's API client.</param>
    /// <param name="logger">Where choices are explained.</param>
    /// <param name="whoAmI">The token's own username, or null when the API cannot tell.</param>
    public GitLabForge(GitLabApi api, ILogger logger, Func<CancellationToken, Task<string?>> whoAmI)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(whoAmI);
        this.api = api;
        this.logger = logger;
        this.whoAmI = whoAmI;
    }

    public string Name => "gitlab";

    public ForgeLimits Limits => GitLabLimits;

    /// <summary>Asks <c>GET /user</c> once; a token that may not (or a failure) makes every author acceptable.</summary>
    public static Func<CancellationToken, Task<string?>> IdentityResolver(GitLabApi api, ILogger logger) =>
        async cancellationToken =>
        {
            try
            {
                var user = await api.Users.CurrentAsync(cancellationToken).ConfigureAwait(false);
                return user.Username;
            }
            catch (ForgeRequestException ex)
            {
                logger.LogDebug("GET /user failed ({Status}); cannot tell whose notes are ours", ex.StatusCode);
                return null;
            }
        };

    public async Task<IReadOnlyList<PullRequestRef>> PullRequestsForCommitAsync(string sha, CancellationToken cancellationToken)
    {
        var mergeRequests = await api.Commits.MergeRequestsAsync(sha, cancellationToken).ConfigureAwait(false);
        return mergeRequests
            .Where(mr => mr.State == "opened")
            .OrderByDescending(mr => mr.CreatedAt)
            .Select(mr => new PullRequestRef(
                mr.Iid.ToString(CultureInfo.InvariantCulture),
                mr.WebUrl ?? string.Empty,
                mr.SourceBranch,
                mr.TargetBranch))
            .ToList();
    }

    public async Task<Comment?> FindNewestCommentAsync(CommentTarget target, Func<Comment, bool> matches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(matches);
        var project = await api.Connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        Comment? fallback = null;
        await foreach (var comment in NewestFirstAsync(target, project, cancellationToken).ConfigureAwait(false))
        {
            if (!matches(comment))
            {
                continue;
            }

            var self = await SelfAsync(cancellationToken).ConfigureAwait(false);
            if (self is null || string.Equals(comment.Author, self, StringComparison.OrdinalIgnoreCase))
            {
                return comment;
            }

            // Someone else's note carries our watermark (a quote, another bot): only if none of ours does.
            fallback ??= comment;
        }

        if (fallback is not null)
        {
            logger.LogInformation("no matching comment by the token's user; using the newest match by {Author}", fallback.Author);
        }

        return fallback;
    }

    public async Task<Comment> CreateCommentAsync(CommentTarget target, string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var project = await api.Connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        if (target.Kind == CommentTargetKind.Commit)
        {
            var created = await api.Commits.CreateCommentAsync(target.Id, body, cancellationToken).ConfigureAwait(false);
            return FromCommitComment(project, target.Id, created);
        }

        var noteable = Noteable(target);
        var note = await api.Notes.CreateAsync(noteable, body, cancellationToken).ConfigureAwait(false);
        return FromNote(project, noteable, note);
    }

    /// <summary>
    /// Edits a note in place. A commit comment cannot be edited on GitLab (its API gives it no id), so a new one is
    /// posted with a warning: the report still reaches the commit, and the older comment stays.
    /// </summary>
    public async Task<Comment> UpdateCommentAsync(CommentTarget target, Comment existing, string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(existing);
        if (target.Kind == CommentTargetKind.Commit)
        {
            logger.LogWarning(
                "GitLab cannot edit commit comments; posting a new comment on commit {Sha} (the earlier one stays). Use --target pr to keep one note up to date",
                target.Id);
            return await CreateCommentAsync(target, body, cancellationToken).ConfigureAwait(false);
        }

        var project = await api.Connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        var noteable = Noteable(target);
        var note = await api.Notes.UpdateAsync(noteable, existing.Id, body, cancellationToken).ConfigureAwait(false);
        return FromNote(project, noteable, note);
    }

    private async IAsyncEnumerable<Comment> NewestFirstAsync(
        CommentTarget target, GitLabProject project, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (target.Kind == CommentTargetKind.Commit)
        {
            await foreach (var comment in CommitCommentsNewestFirstAsync(target.Id, project, cancellationToken).ConfigureAwait(false))
            {
                yield return comment;
            }

            yield break;
        }

        var noteable = Noteable(target);
        int? page = 1;
        while (page is { } current)
        {
            var notes = await api.Notes.ListNewestFirstAsync(noteable, current, cancellationToken).ConfigureAwait(false);
            foreach (var note in notes.Items.Where(n => !n.System))
            {
                yield return FromNote(project, noteable, note);
            }

            // A server that repeats a page must not keep us here.
            page = notes.NextPage > current ? notes.NextPage : null;
        }
    }

    private async IAsyncEnumerable<Comment> CommitCommentsNewestFirstAsync(
        string sha, GitLabProject project, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var first = await api.Commits.ListCommentsAsync(sha, 1, cancellationToken).ConfigureAwait(false);
        if (first.NextPage is null)
        {
            foreach (var comment in first.Items.Reverse())
            {
                yield return FromCommitComment(project, sha, comment);
            }

            yield break;
        }

        if (first.TotalPages is { } last)
        {
            // Oldest first: jump to the last page and walk back.
            for (var page = last; page >= 1; page--)
            {
                var items = page == 1 ? first.Items : (await api.Commits.ListCommentsAsync(sha, page, cancellationToken).ConfigureAwait(false)).Items;
                foreach (var comment in items.Reverse())
                {
                    yield return FromCommitComment(project, sha, comment);
                }
            }

            yield break;
        }

        // Over 10,000 comments GitLab stops counting pages: read them all forward, then go through them backwards.
        var all = new List<GitLabCommitComment>(first.Items);
        var next = first.NextPage;
        while (next is { } current)
        {
            var page = await api.Commits.ListCommentsAsync(sha, current, cancellationToken).ConfigureAwait(false);
            all.AddRange(page.Items);
            next = page.NextPage > current ? page.NextPage : null;
        }

        for (var i = all.Count - 1; i >= 0; i--)
        {
            yield return FromCommitComment(project, sha, all[i]);
        }
    }

    private Task<string?> SelfAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return selfUsername ??= whoAmI(cancellationToken);
        }
    }

    private static GitLabNoteable Noteable(CommentTarget target)
    {
        if (!ulong.TryParse(target.Id, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw new CmlException($"--target {target}: \"{target.Id}\" is not a number", ExitCodes.Usage);
        }

        return target.Kind == CommentTargetKind.Issue ? GitLabNoteable.Issue(target.Id) : GitLabNoteable.MergeRequest(target.Id);
    }

    private static Comment FromNote(GitLabProject project, GitLabNoteable noteable, GitLabNote note)
    {
        var id = note.Id.ToString(CultureInfo.InvariantCulture);
        return new Comment(id, note.Body ?? string.Empty, $"{project.WebUrl}/{noteable.WebPath}#note_{id}", note.Author?.Username, note.CreatedAt);
    }

    // GitLab gives a commit comment no id and no URL of its own: the commit's page is where it shows.
    private static Comment FromCommitComment(GitLabProject project, string sha, GitLabCommitComment comment) =>
        new(
            comment.CreatedAt?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty,
            comment.Note ?? string.Empty,
            $"{project.WebUrl}/-/commit/{sha}",
            comment.Author?.Username,
            comment.CreatedAt);
}
