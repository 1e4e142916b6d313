namespace FakeForge;

/// <summary>
/// A GitHub Actions workflow run. A cancel of a running run takes <paramref name="PollsUntilCancelled"/> more reads
/// to finish (GitHub stops jobs asynchronously); a rerun queues a new attempt.
/// </summary>
public sealed record StoredWorkflowRun(
    long Id,
    string HeadSha,
    string Status,
    string? Conclusion,
    int RunAttempt,
    int PollsUntilCancelled,
    bool CancelRequested,
    int CancelCount,
    int RerunCount,
    DateTimeOffset CreatedAt);
