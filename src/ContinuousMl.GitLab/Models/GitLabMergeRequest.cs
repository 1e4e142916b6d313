namespace ContinuousMl.GitLab.Models;

/// <summary>The fields of a merge request that target resolution needs; <c>State</c> is <c>opened</c> while open.</summary>
internal sealed record GitLabMergeRequest(long Iid, string? State, string? WebUrl, string? SourceBranch, string? TargetBranch, DateTimeOffset? CreatedAt);
