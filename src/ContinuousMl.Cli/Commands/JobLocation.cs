using ContinuousMl.Ci;
using ContinuousMl.Git;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Commands;

/// <summary>Where a command runs: the git checkout, what the CI says about the run, and the workspace root.</summary>
/// <param name="Git">git in the current directory.</param>
/// <param name="Ci">The CI context (a local one outside CI).</param>
/// <param name="Workspace">The repository's top level, else the current directory; files outside it are never published.</param>
public sealed record JobLocation(GitCli Git, CiContext Ci, string Workspace)
{
    public static async Task<JobLocation> DetectAsync(IEnvironmentVariables environment, ILogger logger, CancellationToken cancellationToken)
    {
        // Our own reads only: a checkout owned by another user (a container job) must not stop us, and unlike CML we
        // leave the global git config alone.
        var git = new GitCli(Directory.GetCurrentDirectory(), trustRepository: true);
        var detection = await CiDetector.CreateDefault(environment, git).DetectAsync(cancellationToken).ConfigureAwait(false);
        foreach (var warning in detection.Warnings)
        {
            logger.LogWarning("{Warning}", warning);
        }

        var workspace = await git.TopLevelAsync(cancellationToken).ConfigureAwait(false) ?? Directory.GetCurrentDirectory();
        return new JobLocation(git, detection.Context, workspace);
    }
}
