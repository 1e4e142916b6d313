namespace ContinuousMl.PullRequests;

/// <summary>How <c>cml pr create</c> ended.</summary>
public enum PullRequestCreateStatus
{
    /// <summary>No changed file matched the globs: no branch, no pull request.</summary>
    NothingToDo,

    /// <summary>The branch was pushed before and its pull request is still open (a re-run).</summary>
    Reused,

    /// <summary>A pull request was opened.</summary>
    Created,
}
