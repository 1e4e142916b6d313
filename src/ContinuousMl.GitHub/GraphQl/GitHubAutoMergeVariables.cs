namespace ContinuousMl.GitHub.GraphQl;

/// <summary>The variables of CML's <c>enablePullRequestAutoMerge</c> mutation; a null headline or body is left out.</summary>
internal sealed record GitHubAutoMergeVariables(string PullRequestId, string MergeMethod, string? CommitHeadline = null, string? CommitBody = null);
