namespace FakeForge;

/// <summary>
/// A pull request opened through the API, with what a test asserts on: its text, branches, and what was asked of
/// it afterwards. <paramref name="AutoMergeMethod"/> is the GraphQL method (<c>MERGE</c>, <c>SQUASH</c>, <c>REBASE</c>)
/// once auto-merge is on; <paramref name="MergedWith"/> the REST <c>merge_method</c> once merged.
/// </summary>
public sealed record OpenedPullRequest(
    int Number,
    string Title,
    string? Body,
    string Head,
    string Base,
    string? AutoMergeMethod = null,
    string? MergedWith = null);
