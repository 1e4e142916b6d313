using ContinuousMl.Ci;
using ContinuousMl.Cli.Hosting;
using ContinuousMl.Errors;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// Resolves where a command posts, as CML does: the repository (<c>--repo</c>, else the CI's, else the origin
/// remote), the driver (<c>--driver</c>, else the host, else the CI), the token (<c>--token</c>, else the usual
/// variables), then connects. The token is registered with the redactor before anything can print it.
/// </summary>
public sealed class ForgeSessionOpener(IEnvironmentVariables environment, ForgeConnector connector, SecretRedactor redactor)
{
    public async Task<ForgeSession> OpenAsync(GlobalSettings globals, JobLocation job, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(job);
        var repository = await ResolveRepositoryAsync(globals.Repo, job, cancellationToken).ConfigureAwait(false);
        var driver = DriverResolver.Resolve(globals.Driver, repository, environment);
        var token = TokenResolver.Resolve(environment, globals.Token)
            ?? throw new CmlException("token not found: set REPO_TOKEN (or GITHUB_TOKEN, GITLAB_TOKEN, BITBUCKET_TOKEN), or pass --token");
        redactor.Add(token.Value);
        logger.LogDebug("using {Repository} with the {Driver} driver and the {Token}", repository, driver, token);
        return new ForgeSession(driver, repository, token, connector.Connect(driver, repository, token, job.Ci, publishUrl: null));
    }

    private static async Task<RepositoryUrl> ResolveRepositoryAsync(string? explicitRepo, JobLocation job, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(explicitRepo))
        {
            return RepositoryUrl.Parse(explicitRepo, job.Ci.ServerUrl);
        }

        if (!string.IsNullOrEmpty(job.Ci.RepositoryUrl))
        {
            return RepositoryUrl.Parse(job.Ci.RepositoryUrl);
        }

        var remote = await job.Git.RemoteUrlAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return remote is not null && RepositoryUrl.TryParse(remote, out var parsed)
            ? parsed
            : throw new CmlException("repository not found: run inside a git checkout with an origin remote, or pass --repo https://host/owner/name");
    }
}
