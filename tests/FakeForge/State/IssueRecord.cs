namespace FakeForge.State;

/// <summary>An issue, or a pull request when <paramref name="PullRequest"/> is set: GitHub numbers both together.</summary>
internal sealed record IssueRecord(
    long Id,
    int Number,
    string Title,
    UserAccount Author,
    string State,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    PullRequestDetails? PullRequest)
{
    public bool IsPullRequest => PullRequest is not null;
}
