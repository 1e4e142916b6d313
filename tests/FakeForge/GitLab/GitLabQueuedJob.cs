namespace FakeForge.GitLab;

/// <summary>
/// A CI job waiting for a runner (<c>pending</c>), picked by one (<c>running</c>) or done (<c>success</c>,
/// <c>failed</c>, <c>canceled</c>). A job without <paramref name="Duration"/> runs until the test releases it.
/// </summary>
public sealed record GitLabQueuedJob(
    long Id,
    string ProjectPath,
    long PipelineId,
    string Name,
    TimeSpan? Duration,
    bool Succeeds,
    long? RunnerId,
    string Status,
    bool Released,
    string Token);
