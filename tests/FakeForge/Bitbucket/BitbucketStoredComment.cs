namespace FakeForge.Bitbucket;

/// <summary>
/// A pull-request, commit or issue comment; exactly one of <paramref name="PullRequestId"/>,
/// <paramref name="CommitSha"/> and <paramref name="IssueId"/> is set. A deleted comment keeps its place with an
/// empty body, as on Bitbucket.
/// </summary>
public sealed record BitbucketStoredComment(
    long Id,
    string Body,
    BitbucketUser Author,
    DateTimeOffset CreatedOn,
    DateTimeOffset UpdatedOn,
    string HtmlUrl,
    long? PullRequestId = null,
    string? CommitSha = null,
    long? IssueId = null,
    bool Deleted = false)
{
    internal BitbucketCommentKind Kind =>
        PullRequestId is not null ? BitbucketCommentKind.PullRequest : CommitSha is not null ? BitbucketCommentKind.Commit : BitbucketCommentKind.Issue;

    internal bool IsOn(BitbucketCommentKind kind, string targetId) => kind switch
    {
        BitbucketCommentKind.PullRequest => PullRequestId?.ToString(System.Globalization.CultureInfo.InvariantCulture) == targetId,
        BitbucketCommentKind.Commit => string.Equals(CommitSha, targetId, StringComparison.OrdinalIgnoreCase),
        _ => IssueId?.ToString(System.Globalization.CultureInfo.InvariantCulture) == targetId,
    };
}
