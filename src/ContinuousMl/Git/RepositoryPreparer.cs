using System.Globalization;
using ContinuousMl.Errors;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Git;

/// <summary>
/// Runs <c>repo prepare</c>: the <see cref="GitConfigPlan"/> steps in order (a failed <c>--unset</c> is fine, any
/// other failure ends the command), then the fetch that deepens or unshallows the clone.
/// </summary>
public sealed class RepositoryPreparer(GitCli git, ILogger logger)
{
    public async Task RunAsync(IReadOnlyList<GitConfigStep> steps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(steps);
        foreach (var step in steps)
        {
            var result = await git.RunAsync(step.Arguments, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                logger.LogDebug("{Command}", step.Display);
            }
            else if (step.MayFail)
            {
                logger.LogDebug("{Command}: nothing to unset", step.Display);
            }
            else
            {
                throw new CmlException($"{step.Display} failed: {GitFailure.Describe(result)}");
            }
        }
    }

    /// <summary>
    /// <c>--fetch-depth</c>: 0 or less unshallows a shallow clone (a full clone needs nothing), more fetches that many
    /// commits. Every branch and tag comes, whatever refspec the CI's clone narrowed the remote to.
    /// </summary>
    public async Task FetchAsync(string remote, int fetchDepth, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(remote);
        string[] depth;
        if (fetchDepth <= 0)
        {
            var shallow = await git.RunAsync(["rev-parse", "--is-shallow-repository"], cancellationToken).ConfigureAwait(false);
            if (shallow.FirstLine != "true")
            {
                logger.LogInformation("the repository has its full history already; nothing to fetch");
                return;
            }

            depth = ["--unshallow"];
        }
        else
        {
            depth = ["--depth", fetchDepth.ToString(CultureInfo.InvariantCulture)];
        }

        string[] arguments = ["fetch", "--tags", .. depth, remote, $"+refs/heads/*:refs/remotes/{remote}/*"];
        var result = await git.RunAsync(arguments, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new CmlException($"git {string.Join(' ', arguments)} failed: {GitFailure.Describe(result)}");
        }

        logger.LogInformation("fetched {What} of every branch and tag from {Remote}", fetchDepth <= 0 ? "the whole history" : $"{fetchDepth} commits", remote);
    }
}
