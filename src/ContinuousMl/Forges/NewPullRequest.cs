namespace ContinuousMl.Forges;

/// <summary>A pull request to open.</summary>
/// <param name="SourceBranch">The branch with the changes, already pushed.</param>
/// <param name="TargetBranch">The branch to merge into.</param>
/// <param name="Title">The title; GitLab appends <c> [skip ci]</c> when <paramref name="SkipCi"/> is set, as CML does.</param>
/// <param name="Description">The body, Markdown.</param>
/// <param name="SkipCi">The user asked CI to skip the commit (<c>--skip-ci</c>).</param>
public sealed record NewPullRequest(string SourceBranch, string TargetBranch, string Title, string Description, bool SkipCi);
