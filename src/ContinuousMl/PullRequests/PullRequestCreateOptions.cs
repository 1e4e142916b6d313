using ContinuousMl.Forges;
using ContinuousMl.Git;

namespace ContinuousMl.PullRequests;

/// <summary>What <c>cml pr create</c> was asked to do; null means CML's default.</summary>
public sealed record PullRequestCreateOptions
{
    /// <summary>The paths to commit (globs, relative to the working directory); none commits nothing and opens a pull request from HEAD.</summary>
    public IReadOnlyList<string> Globs { get; init; } = [];

    public string Remote { get; init; } = "origin";

    public string? SourceBranch { get; init; }

    public string? TargetBranch { get; init; }

    public string? Title { get; init; }

    public string? Body { get; init; }

    public string? Message { get; init; }

    public bool SkipCi { get; init; }

    /// <summary>How to merge the pull request once open, or null to leave it open.</summary>
    public MergeMethod? Merge { get; init; }

    /// <summary>The committer of the commit, for this commit only.</summary>
    public GitIdentity Committer { get; init; } = new(null, null);
}
