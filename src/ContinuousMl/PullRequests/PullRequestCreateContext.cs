using ContinuousMl.Ci;

namespace ContinuousMl.PullRequests;

/// <summary>Where <c>cml pr create</c> runs: the commit, the branch the run is for, and the forge's repository.</summary>
/// <param name="Sha">The commit the run is for (the CI's, else HEAD).</param>
/// <param name="Branch">The branch the run is for, when the CI tells; else the checked-out branch is asked.</param>
/// <param name="Repository">The repository, for the default description's link.</param>
public sealed record PullRequestCreateContext(string Sha, string? Branch, RepositoryUrl Repository);
