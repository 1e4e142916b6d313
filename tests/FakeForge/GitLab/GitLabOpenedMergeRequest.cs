namespace FakeForge.GitLab;

/// <summary>
/// A merge request opened through the API, with what a test asserts on: its text, branches, and what was asked of it
/// afterwards (<c>merge_when_pipeline_succeeds</c>, <c>squash</c>, merged at once).
/// </summary>
public sealed record GitLabOpenedMergeRequest(
    long Iid,
    string Title,
    string? Description,
    string SourceBranch,
    string TargetBranch,
    bool MergeWhenPipelineSucceeds = false,
    bool Squash = false,
    bool Merged = false);
