namespace FakeForge.Bitbucket;

/// <summary>A Code Insights report on a commit, as last put.</summary>
/// <param name="ReportId">The id in the URL (an external id or the uuid).</param>
/// <param name="Result">PASSED, FAILED, PENDING, or null when not given.</param>
/// <param name="PutCount">How many times it was put: a re-run replaces, it does not add.</param>
public sealed record BitbucketStoredReport(
    string CommitSha,
    string ReportId,
    string Uuid,
    string Title,
    string? Details,
    string ReportType,
    string? Reporter,
    string? Result,
    string? Link,
    string? ExternalId,
    int PutCount,
    DateTimeOffset CreatedOn,
    DateTimeOffset UpdatedOn);
