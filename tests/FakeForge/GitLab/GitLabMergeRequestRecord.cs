namespace FakeForge.GitLab;

/// <summary>A merge request: <paramref name="State"/> is <c>opened</c>, <c>closed</c> or <c>merged</c>.</summary>
internal sealed record GitLabMergeRequestRecord(
    long Id,
    long Iid,
    string Sha,
    string SourceBranch,
    string TargetBranch,
    string State,
    DateTimeOffset CreatedAt);
