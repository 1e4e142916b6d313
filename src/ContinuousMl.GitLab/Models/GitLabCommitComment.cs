namespace ContinuousMl.GitLab.Models;

/// <summary>A commit comment. GitLab gives it no id, which is why it cannot be edited through this API.</summary>
internal sealed record GitLabCommitComment(string? Note, GitLabUser? Author, DateTimeOffset? CreatedAt);
