namespace ContinuousMl.Forges;

/// <summary>An open pull request that contains a commit.</summary>
public sealed record PullRequestRef(string Number, string Url, string? SourceBranch, string? TargetBranch);
