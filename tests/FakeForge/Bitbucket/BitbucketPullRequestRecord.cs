namespace FakeForge.Bitbucket;

/// <summary>A pull request: its branches, its state, and the commits it contains.</summary>
internal sealed record BitbucketPullRequestRecord(
    long Id,
    string Title,
    string SourceBranch,
    string DestinationBranch,
    string State,
    string HeadSha,
    BitbucketUser Author,
    DateTimeOffset CreatedOn);
