namespace ContinuousMl.GitLab;

/// <summary>What one <c>/api/v4/version</c> probe learnt.</summary>
/// <param name="IsGitLab">It answered with a version: GitLab's API is rooted here.</param>
/// <param name="Status">The HTTP status, when there was an answer.</param>
/// <param name="Reason">The reason phrase.</param>
/// <param name="Body">The body of a refusal, for its message.</param>
/// <param name="Failure">Why there was no answer at all.</param>
internal sealed record GitLabProbeOutcome(bool IsGitLab, int? Status, string? Reason, string? Body, Exception? Failure);
