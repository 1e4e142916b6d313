using ContinuousMl.Git;

namespace ContinuousMl.Ci;

/// <summary>
/// The fallback when no CI applies: the local checkout. The commit is <c>git rev-parse HEAD</c> (CML uses an
/// undefined driver sha here), the branch <c>git branch --show-current</c>, the repository the origin remote.
/// Git runs only in <see cref="ReadAsync"/>.
/// </summary>
public sealed class LocalGit : ICiEnvironment
{
    public const string CiName = "local";

    private readonly GitCli git;

    public LocalGit(GitCli git)
    {
        ArgumentNullException.ThrowIfNull(git);
        this.git = git;
    }

    public string Name => CiName;

    /// <summary>Always: this is the last resort.</summary>
    public bool IsActive => true;

    public async Task<CiContext> ReadAsync(Action<string>? warn, CancellationToken cancellationToken = default)
    {
        var shaTask = git.TryRevParseAsync("HEAD", cancellationToken);
        var branchTask = git.CurrentBranchAsync(cancellationToken);
        var remoteTask = git.RemoteUrlAsync("origin", cancellationToken);
        await Task.WhenAll(shaTask, branchTask, remoteTask).ConfigureAwait(false);

        var sha = await shaTask.ConfigureAwait(false);
        if (sha is null)
        {
            warn?.Invoke("cannot resolve HEAD: not inside a git repository, or it has no commits yet");
        }

        string? repository = null;
        if (await remoteTask.ConfigureAwait(false) is { } remote)
        {
            if (RepositoryUrl.TryParse(remote, out var url))
            {
                repository = url.ToString();
            }
            else
            {
                warn?.Invoke("the origin remote is not a forge URL; pass --repo");
            }
        }

        return new CiContext
        {
            Name = CiName,
            Sha = sha,
            Branch = await branchTask.ConfigureAwait(false),
            RepositoryUrl = repository,
        };
    }
}
