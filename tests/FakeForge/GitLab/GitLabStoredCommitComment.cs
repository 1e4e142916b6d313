namespace FakeForge.GitLab;

/// <summary>A commit comment; GitLab's API gives it no id.</summary>
public sealed record GitLabStoredCommitComment(string Sha, string Note, string AuthorUsername, DateTimeOffset CreatedAt);
