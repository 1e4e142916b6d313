using ContinuousMl.Forges;

namespace ContinuousMl.Comments;

/// <summary>What target resolution may ask of the run and the forge; only touched for unqualified targets.</summary>
public interface ITargetContext
{
    /// <summary>The commit under review.</summary>
    string? Sha { get; }

    /// <summary>The PR number the CI run is for, if any.</summary>
    string? PullRequest { get; }

    void Warn(string message);

    Task<IReadOnlyList<PullRequestRef>> PullRequestsForCommitAsync(string sha, CancellationToken cancellationToken);

    /// <summary>Turns a revision (<c>HEAD</c>, a short sha, a branch) into a full sha, or null.</summary>
    Task<string?> RevParseAsync(string revision, CancellationToken cancellationToken);
}
