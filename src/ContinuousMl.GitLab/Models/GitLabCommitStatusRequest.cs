namespace ContinuousMl.GitLab.Models;

/// <summary>The body of <c>POST /projects/:id/statuses/:sha</c>; null fields are left out.</summary>
internal sealed record GitLabCommitStatusRequest(string State, string Name, string? Description, string? TargetUrl);
