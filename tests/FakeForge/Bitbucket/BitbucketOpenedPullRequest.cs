namespace FakeForge.Bitbucket;

/// <summary>
/// A pull request opened through the API, with what a test asserts on: its text, branches, and how it was merged
/// (<paramref name="MergeStrategy"/>: <c>merge_commit</c>, <c>squash</c> or <c>fast_forward</c>).
/// </summary>
public sealed record BitbucketOpenedPullRequest(
    long Id,
    string Title,
    string? Description,
    string SourceBranch,
    string DestinationBranch,
    string? MergeStrategy = null,
    bool CloseSourceBranch = false);
