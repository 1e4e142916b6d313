using FakeForge.State;

namespace FakeForge;

/// <summary>
/// An issue, pull-request or commit comment. Exactly one of <paramref name="IssueNumber"/> and
/// <paramref name="CommitSha"/> is set.
/// </summary>
public sealed record StoredComment(
    long Id,
    string Body,
    string AuthorLogin,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string HtmlUrl,
    int? IssueNumber = null,
    string? CommitSha = null)
{
    internal UserAccount? Author { get; init; }
}
