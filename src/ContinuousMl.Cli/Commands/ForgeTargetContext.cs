using ContinuousMl.Ci;
using ContinuousMl.Comments;
using ContinuousMl.Forges;
using ContinuousMl.Git;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Commands;

/// <summary>What target resolution may ask: the run's commit and PR, the forge's PR list, git's rev-parse.</summary>
public sealed class ForgeTargetContext(CiContext ci, IForge? forge, GitCli git, ILogger logger) : ITargetContext
{
    public string? Sha => ci.Sha;

    public string? PullRequest => ci.PullRequest;

    public void Warn(string message) => logger.LogWarning("{Message}", message);

    public Task<IReadOnlyList<PullRequestRef>> PullRequestsForCommitAsync(string sha, CancellationToken cancellationToken) =>
        forge is null
            ? Task.FromResult<IReadOnlyList<PullRequestRef>>([])
            : forge.PullRequestsForCommitAsync(sha, cancellationToken);

    public Task<string?> RevParseAsync(string revision, CancellationToken cancellationToken) =>
        git.TryRevParseAsync(revision, cancellationToken);
}
