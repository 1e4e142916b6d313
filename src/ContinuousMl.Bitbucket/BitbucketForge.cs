using System.Globalization;
using ContinuousMl.Bitbucket.Json;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Bitbucket;

/// <summary>
/// Comments on Bitbucket Cloud. Lists are asked for newest first (<c>sort=-created_on</c>, 100 a page), so our
/// newest comment is on the first page in the common case and <c>next</c> is followed only when it is not.
/// </summary>
public sealed class BitbucketForge : IForge
{
    /// <summary>
    /// Bitbucket says "Please enter a non-empty value less than 32768 characters", counting code points; a UTF-16
    /// length under the same bound is never more. It escapes HTML, so <c>&lt;details&gt;</c> shows as text.
    /// </summary>
    public static readonly ForgeLimits BitbucketLimits = new(32_767, RendersHtml: false);

    private readonly BitbucketClient client;
    private readonly BitbucketRepository repository;
    private readonly ILogger logger;
    private Task<BitbucketAccount?>? self;

    public BitbucketForge(BitbucketClient client, BitbucketRepository repository, ILogger logger)
    {
        this.client = client;
        this.repository = repository;
        this.logger = logger;
    }

    public string Name => "bitbucket";

    public ForgeLimits Limits => BitbucketLimits;

    public async Task<IReadOnlyList<PullRequestRef>> PullRequestsForCommitAsync(string sha, CancellationToken cancellationToken)
    {
        IReadOnlyList<BitbucketPullRequest>? pulls;
        try
        {
            pulls = await client.PullRequests.ForCommitAsync(repository, sha, cancellationToken).ConfigureAwait(false);
        }
        catch (BitbucketApiException ex) when (ex.StatusCode == 404)
        {
            throw new ForgeRequestException(
                $"Bitbucket answered 404 for the pull requests of commit {sha} in {repository}: the \"Pull Request Commit Links\" app is not enabled there; click \"Go to pull request\" on any commit's page in Bitbucket once, run the step in a pull-requests: pipeline (BITBUCKET_PR_ID), or pass --target pr/<number>",
                404, outcomeUnknown: false, ex);
        }
        catch (Exception ex)
        {
            throw Translate(ex, $"list the pull requests of commit {sha}");
        }

        if (pulls is null)
        {
            throw new ForgeRequestException(
                $"Bitbucket is still indexing the pull requests of {repository} (202); re-run the step in a minute, or pass --target pr/<number>",
                202, outcomeUnknown: false);
        }

        return pulls
            .Where(p => string.Equals(p.State, "OPEN", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(p => p.Id)
            .Select(p => new PullRequestRef(
                p.Id.ToString(CultureInfo.InvariantCulture),
                (p.Links?.Html?.Href ?? $"{repository.WebUrl}/pull-requests/{p.Id.ToString(CultureInfo.InvariantCulture)}").TrimEnd('/'),
                p.Source?.Branch?.Name,
                p.Destination?.Branch?.Name))
            .ToList();
    }

    public async Task<Comment?> FindNewestCommentAsync(CommentTarget target, Func<Comment, bool> matches, CancellationToken cancellationToken)
    {
        RequireNumber(target);
        var ours = new NewestComment();
        var anyone = new NewestComment();
        string? next = null;
        do
        {
            BitbucketPage<BitbucketComment> page;
            try
            {
                page = await client.Comments.ListNewestFirstAsync(repository, target, next, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                throw Translate(ex, $"list the comments on {Describe(target)}", target);
            }

            var values = page.Values ?? [];
            foreach (var item in values)
            {
                if (item.Deleted)
                {
                    continue;
                }

                var comment = ToComment(target, item);
                if (!matches(comment))
                {
                    continue;
                }

                var me = await SelfAsync(cancellationToken).ConfigureAwait(false);
                if (me is null || IsSameAccount(item.User, me))
                {
                    ours.Offer(comment, item.Id);
                }
                else
                {
                    anyone.Offer(comment, item.Id);
                }
            }

            // The page came newest first, as asked: nothing further down the list can be newer than what we hold.
            // A server that ignored the sort makes us read to the end and compare dates instead.
            if (ours.Found is not null && IsNewestFirst(values))
            {
                return ours.Found;
            }

            next = page.Next;
        }
        while (next is not null);

        if (ours.Found is null && anyone.Found is not null)
        {
            logger.LogInformation("no matching comment by the token's user; using the newest match by {Author}", anyone.Found.Author);
        }

        return ours.Found ?? anyone.Found;
    }

    public async Task<Comment> CreateCommentAsync(CommentTarget target, string body, CancellationToken cancellationToken)
    {
        RequireNumber(target);
        try
        {
            return ToComment(target, await client.Comments.CreateAsync(repository, target, body, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            throw Translate(ex, $"create a comment on {Describe(target)}", target);
        }
    }

    public async Task<Comment> UpdateCommentAsync(CommentTarget target, Comment existing, string body, CancellationToken cancellationToken)
    {
        RequireNumber(target);
        try
        {
            return ToComment(target, await client.Comments.UpdateAsync(repository, target, existing.Id, body, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            throw Translate(ex, $"update comment {existing.Url}", target);
        }
    }

    private Task<BitbucketAccount?> SelfAsync(CancellationToken cancellationToken) => self ??= WhoAmIAsync(cancellationToken);

    /// <summary>The token's account, or null when <c>GET /user</c> does not answer (tokens without the account scope).</summary>
    private async Task<BitbucketAccount?> WhoAmIAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await client.Users.CurrentAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BitbucketApiException ex)
        {
            logger.LogDebug("GET /user answered {Status}; cannot tell whose comments are ours", ex.StatusCode);
            return null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is HttpRequestException or IOException or TimeoutException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            // Only a preference is lost: the newest match by anyone is still found.
            logger.LogDebug("GET /user failed ({Error}); cannot tell whose comments are ours", ex.GetType().Name);
            return null;
        }
    }

    private static bool IsSameAccount(BitbucketAccount? author, BitbucketAccount me) =>
        author is not null
        && ((author.Uuid is not null && string.Equals(author.Uuid, me.Uuid, StringComparison.OrdinalIgnoreCase))
            || (author.AccountId is not null && string.Equals(author.AccountId, me.AccountId, StringComparison.Ordinal)));

    private static bool IsNewestFirst(List<BitbucketComment> values)
    {
        for (var i = 1; i < values.Count; i++)
        {
            if (NewestComment.Compare(values[i - 1].CreatedOn, values[i - 1].Id, values[i].CreatedOn, values[i].Id) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private Comment ToComment(CommentTarget target, BitbucketComment item)
    {
        var id = item.Id.ToString(CultureInfo.InvariantCulture);
        var url = item.Links?.Html?.Href ?? FallbackUrl(target, id);
        return new Comment(id, item.Content?.Raw ?? string.Empty, url, item.User?.Nickname ?? item.User?.DisplayName ?? item.User?.Uuid, item.CreatedOn);
    }

    // Bitbucket sends links.html; should it not, the page is built the way its own links are.
    private string FallbackUrl(CommentTarget target, string id) => target.Kind switch
    {
        CommentTargetKind.PullRequest => $"{repository.WebUrl}/pull-requests/{target.Id}#comment-{id}",
        CommentTargetKind.Commit => $"{repository.WebUrl}/commits/{target.Id}#comment-{id}",
        _ => $"{repository.WebUrl}/issues/{target.Id}#comment-{id}",
    };

    private Exception Translate(Exception exception, string action, CommentTarget? target = null) =>
        BitbucketErrors.Translate(exception, action, repository, client.Credentials, target?.Kind switch
        {
            CommentTargetKind.Commit => "Repositories: Write",
            CommentTargetKind.Issue => "Issues: Write",
            _ => "Pull requests: Write",
        });

    private static void RequireNumber(CommentTarget target)
    {
        if (target.Kind != CommentTargetKind.Commit && !long.TryParse(target.Id, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw new CmlException($"--target {target}: \"{target.Id}\" is not a number", ExitCodes.Usage);
        }
    }

    private static string Describe(CommentTarget target) => target.Kind switch
    {
        CommentTargetKind.PullRequest => $"pull request #{target.Id}",
        CommentTargetKind.Issue => $"issue #{target.Id}",
        _ => $"commit {target.Id}",
    };
}
