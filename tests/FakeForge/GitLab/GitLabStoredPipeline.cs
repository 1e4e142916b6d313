namespace FakeForge.GitLab;

/// <summary>A pipeline; cancels and retries are counted so tests can see them.</summary>
public sealed record GitLabStoredPipeline(
    long Id,
    string ProjectPath,
    string Sha,
    string Ref,
    string Status,
    int CancelCount,
    int RetryCount,
    DateTimeOffset CreatedAt);
