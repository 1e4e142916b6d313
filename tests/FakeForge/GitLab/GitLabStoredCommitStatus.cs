namespace FakeForge.GitLab;

/// <summary>A commit status set through <c>POST /projects/:id/statuses/:sha</c>.</summary>
/// <param name="State">pending, running, success, failed, canceled or skipped.</param>
/// <param name="Retried">True once a newer status of the same name replaced this finished one.</param>
public sealed record GitLabStoredCommitStatus(
    long Id,
    string ProjectPath,
    string Sha,
    string Name,
    string State,
    string? Description,
    string? TargetUrl,
    string AuthorUsername,
    DateTimeOffset CreatedAt,
    bool Retried = false)
{
    public bool Finished => State is "success" or "failed" or "canceled" or "skipped";
}
