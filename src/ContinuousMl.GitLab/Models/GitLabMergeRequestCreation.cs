namespace ContinuousMl.GitLab.Models;

/// <summary>The body of <c>POST /projects/:id/merge_requests</c>.</summary>
internal sealed record GitLabMergeRequestCreation(string SourceBranch, string TargetBranch, string Title, string Description);
