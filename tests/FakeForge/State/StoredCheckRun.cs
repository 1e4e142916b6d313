namespace FakeForge;

/// <summary>A check run as created through the API: what a test asserts on.</summary>
/// <param name="Status">After GitHub's rule: a run given a conclusion is <c>completed</c>.</param>
public sealed record StoredCheckRun(
    long Id,
    string HeadSha,
    string Name,
    string Status,
    string? Conclusion,
    string? OutputTitle,
    string? OutputSummary,
    string? DetailsUrl,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    string HtmlUrl,
    string CreatorLogin);
