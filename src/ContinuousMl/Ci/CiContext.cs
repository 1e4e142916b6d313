namespace ContinuousMl.Ci;

/// <summary>
/// What the CI run we are in tells us: which commit, which pull request, which run. It says nothing of where
/// we post; a GitLab job may post to GitHub.
/// </summary>
public sealed record CiContext
{
    /// <summary>The CI's name: <c>github-actions</c>, <c>local</c>, …</summary>
    public required string Name { get; init; }

    /// <summary>The commit under review (the PR head, not a merge commit), or null when unknown.</summary>
    public string? Sha { get; init; }

    /// <summary>The pull request number when the run is for one.</summary>
    public string? PullRequest { get; init; }

    public string? Branch { get; init; }

    /// <summary>Replaces <c>{workflow}</c> in watermark titles (GitHub: the workflow name).</summary>
    public string? WorkflowId { get; init; }

    /// <summary>Replaces <c>{run}</c> in watermark titles (GitHub: the run id).</summary>
    public string? RunId { get; init; }

    /// <summary>The triggering event (GitHub: <c>pull_request</c>, <c>push</c>, …).</summary>
    public string? EventName { get; init; }

    /// <summary>True when the run is for a PR from a fork whose token is read-only.</summary>
    public bool IsForkPullRequest { get; init; }

    /// <summary>The job summary file (GitHub: <c>GITHUB_STEP_SUMMARY</c>).</summary>
    public string? SummaryFile { get; init; }

    /// <summary>The repository's web URL as the CI knows it, normalised (no credentials, no <c>.git</c>).</summary>
    public string? RepositoryUrl { get; init; }

    /// <summary>The forge's API base the CI names (GitHub: <c>GITHUB_API_URL</c>).</summary>
    public string? ApiUrl { get; init; }

    /// <summary>The forge's web base the CI names (GitHub: <c>GITHUB_SERVER_URL</c>).</summary>
    public string? ServerUrl { get; init; }

    /// <summary>The PR's target branch, when known.</summary>
    public string? BaseBranch { get; init; }
}
