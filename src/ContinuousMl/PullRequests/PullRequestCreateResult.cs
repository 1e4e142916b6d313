using ContinuousMl.Forges;

namespace ContinuousMl.PullRequests;

/// <summary>What <c>cml pr create</c> did.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="PullRequest">The pull request opened or found; null when there was nothing to do.</param>
/// <param name="Reason">Why there was nothing to do, as a sentence for the user.</param>
public sealed record PullRequestCreateResult(PullRequestCreateStatus Status, PullRequestRef? PullRequest, string? Reason = null);
