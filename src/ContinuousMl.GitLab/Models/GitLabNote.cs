namespace ContinuousMl.GitLab.Models;

/// <summary>A note on a merge request or an issue. System notes ("added 1 commit") are GitLab's, never ours.</summary>
internal sealed record GitLabNote(long Id, string? Body, GitLabUser? Author, DateTimeOffset? CreatedAt, bool System);
