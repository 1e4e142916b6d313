namespace ContinuousMl.Forges;

/// <summary>What <see cref="IPullRequests.MergeAsync"/> achieved.</summary>
public enum AutoMergeOutcome
{
    /// <summary>The forge merges the pull request when its checks pass.</summary>
    Enabled,

    /// <summary>The forge could not wait for checks, so the pull request was merged now.</summary>
    Merged,
}
