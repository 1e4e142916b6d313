namespace ContinuousMl.Forges;

/// <summary>What a rerun started.</summary>
/// <param name="Id">The id of the run that now runs: the same one (GitHub, GitLab) or a new one (Bitbucket).</param>
/// <param name="Url">Its web page, when known.</param>
/// <param name="CancelledFirst">True when the run was still going and was cancelled before the rerun.</param>
public sealed record RerunOutcome(string Id, string? Url, bool CancelledFirst);
