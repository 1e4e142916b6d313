using ContinuousMl.Ci;
using ContinuousMl.Git;

namespace ContinuousMl.Metrics;

/// <summary>The revision to compare against when none is named, and why it was chosen.</summary>
public sealed record BaseRevision(string Revision, string Reason)
{
    public const string Fallback = "main";

    /// <summary>The pull request's target branch from the CI, else origin's default branch, else <c>main</c>.</summary>
    public static async Task<BaseRevision> ChooseAsync(IEnvironmentVariables environment, GitCli git, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(git);
        var detection = await CiDetector.CreateDefault(environment, git).DetectAsync(cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrWhiteSpace(detection.Context.BaseBranch))
        {
            return new BaseRevision(detection.Context.BaseBranch, "the pull request's target branch");
        }

        var remoteHead = await git.RunAsync(["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"], cancellationToken).ConfigureAwait(false);
        if (remoteHead.FirstLine is { } reference && reference.StartsWith("origin/", StringComparison.Ordinal) && reference.Length > "origin/".Length)
        {
            return new BaseRevision(reference["origin/".Length..], "origin's default branch");
        }

        return new BaseRevision(Fallback, "no pull request or origin default branch found");
    }
}
