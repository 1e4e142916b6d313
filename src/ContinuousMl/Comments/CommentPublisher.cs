using ContinuousMl.Forges;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Comments;

/// <summary>
/// Find-or-create: updates our newest watermarked comment when asked to, else creates one. A create whose
/// outcome is unknown is checked on the forge before it is tried again, so a flaky network never leaves two
/// comments.
/// </summary>
public sealed class CommentPublisher(IForge forge, ILogger logger, TimeProvider? timeProvider = null)
{
    private const int MaxCreateAttempts = 3;

    // The forge's clock and ours may disagree; a comment this much older than our start is not ours.
    private static readonly TimeSpan ClockSkewAllowance = TimeSpan.FromMinutes(2);

    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;

    public async Task<Comment> PublishAsync(CommentTarget target, string body, Watermark? watermark, bool update, CancellationToken cancellationToken)
    {
        if (update && watermark is not null)
        {
            var existing = await forge.FindNewestCommentAsync(target, c => watermark.IsIn(c.Body), cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                logger.LogInformation("updating comment {Url}", existing.Url);
                return await forge.UpdateCommentAsync(target, existing, body, cancellationToken).ConfigureAwait(false);
            }

            logger.LogInformation("no comment with this watermark on {Target}; creating one", target);
        }

        return await CreateOnceAsync(target, body, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Comment> CreateOnceAsync(CommentTarget target, string body, CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await forge.CreateCommentAsync(target, body, cancellationToken).ConfigureAwait(false);
            }
            catch (ForgeRequestException ex) when (ex.OutcomeUnknown && attempt < MaxCreateAttempts)
            {
                logger.LogWarning("creating the comment may or may not have worked ({Reason}); looking for it before trying again", ex.Message);
                var created = await forge.FindNewestCommentAsync(target, c => IsOurs(c, body, startedAt), cancellationToken).ConfigureAwait(false);
                if (created is not null)
                {
                    logger.LogInformation("the comment was created after all: {Url}", created.Url);
                    return created;
                }
            }
        }
    }

    private static bool IsOurs(Comment comment, string body, DateTimeOffset startedAt) =>
        (comment.CreatedAt is null || comment.CreatedAt >= startedAt - ClockSkewAllowance)
        && string.Equals(Normalize(comment.Body), Normalize(body), StringComparison.Ordinal);

    // Forges store line endings as they please; the text is what identifies the comment.
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
