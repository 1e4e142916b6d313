namespace ContinuousMl.Bitbucket.Json;

/// <summary>The body of a Code Insights report create-or-replace (<c>PUT …/commit/{sha}/reports/{id}</c>).</summary>
internal sealed class BitbucketReportRequest
{
    public required string Title { get; init; }

    public string? Details { get; init; }

    /// <summary><c>SECURITY</c>, <c>COVERAGE</c>, <c>TEST</c> or <c>BUG</c>.</summary>
    public required string ReportType { get; init; }

    public required string Reporter { get; init; }

    /// <summary><c>PASSED</c>, <c>FAILED</c> or <c>PENDING</c>.</summary>
    public required string Result { get; init; }

    public string? Link { get; init; }

    public required string ExternalId { get; init; }
}
