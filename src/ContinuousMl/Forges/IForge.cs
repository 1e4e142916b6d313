namespace ContinuousMl.Forges;

/// <summary>
/// Where we post. One implementation per forge; it knows the forge's API and nothing of the CI we run in.
/// </summary>
public interface IForge
{
    /// <summary>The forge's name as the <c>--driver</c> flag spells it.</summary>
    string Name { get; }

    ForgeLimits Limits { get; }

    /// <summary>The open pull requests that contain <paramref name="sha"/>, newest first.</summary>
    Task<IReadOnlyList<PullRequestRef>> PullRequestsForCommitAsync(string sha, CancellationToken cancellationToken);

    /// <summary>
    /// The newest comment on <paramref name="target"/> for which <paramref name="matches"/> holds, preferring
    /// comments written by the token's own user, or null. Implementations read as few pages as they can.
    /// </summary>
    Task<Comment?> FindNewestCommentAsync(CommentTarget target, Func<Comment, bool> matches, CancellationToken cancellationToken);

    Task<Comment> CreateCommentAsync(CommentTarget target, string body, CancellationToken cancellationToken);

    Task<Comment> UpdateCommentAsync(CommentTarget target, Comment existing, string body, CancellationToken cancellationToken);
}
