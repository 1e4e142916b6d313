namespace ContinuousMl.Forges;

/// <summary>
/// Pull requests (GitLab: merge requests) as <c>cml pr create</c> needs them: find the open one between two
/// branches, open one, and have the forge merge it. One implementation per forge, beside its <see cref="IForge"/>.
/// </summary>
public interface IPullRequests
{
    /// <summary>The open pull request from <paramref name="sourceBranch"/> into <paramref name="targetBranch"/>, or null.</summary>
    Task<PullRequestRef?> FindOpenAsync(string sourceBranch, string targetBranch, CancellationToken cancellationToken);

    /// <summary>Opens a pull request; the returned reference carries its number and web URL.</summary>
    Task<PullRequestRef> CreateAsync(NewPullRequest pullRequest, CancellationToken cancellationToken);

    /// <summary>Whether <see cref="MergeAsync"/> can honour <paramref name="method"/> here (GitLab cannot rebase-merge).</summary>
    bool CanMerge(MergeMethod method);

    /// <summary>
    /// Asks the forge to merge <paramref name="pullRequest"/> once its checks pass; where it cannot wait (no required
    /// checks, no auto-merge on the forge), merges now, warning as CML does.
    /// </summary>
    Task<AutoMergeOutcome> MergeAsync(PullRequestRef pullRequest, MergeMethod method, CancellationToken cancellationToken);
}
