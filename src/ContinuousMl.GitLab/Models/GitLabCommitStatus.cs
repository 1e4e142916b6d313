namespace ContinuousMl.GitLab.Models;

/// <summary>A commit status as GitLab answers it (<c>status</c> is the state: pending, running, success, failed, canceled).</summary>
internal sealed record GitLabCommitStatus(long Id, string? Sha, string? Status, string? Name, string? TargetUrl);
