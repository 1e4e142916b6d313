using ContinuousMl.Ci;
using ContinuousMl.Cli.Hosting;
using ContinuousMl.Errors;
using ContinuousMl.Git;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// Resolves where a command posts, as CML does: the repository (<c>--repo</c>, else the CI's, else the origin
/// remote), the driver (<c>--driver</c>, else the host, else the CI), the token (<c>--token</c>, else the usual
/// variables), then connects. The token is registered with the redactor before anything can print it.
/// </summary>
public sealed class ForgeSessionOpener(IEnvironmentVariables environment, ForgeConnector connector, SecretRedactor redactor)
{
    public Task<ForgeSession> OpenAsync(GlobalSettings globals, JobLocation job, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return OpenAsync(globals, job.Ci, job.Git, logger, publishUrl: null, cancellationToken);
    }

    /// <param name="publishUrl">CML's <c>--publish-url</c>: assets go to that server instead of the forge.</param>
    public async Task<ForgeSession> OpenAsync(GlobalSettings globals, CiContext ci, GitCli git, ILogger logger, string? publishUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(ci);
        var repository = await ResolveRepositoryAsync(globals.Repo, ci, git, cancellationToken).ConfigureAwait(false);
        var driver = DriverResolver.Resolve(globals.Driver, repository, environment);
        var token = TokenResolver.Resolve(environment, globals.Token)
            ?? throw new CmlException("token not found: set REPO_TOKEN (or GITHUB_TOKEN, GITLAB_TOKEN, BITBUCKET_TOKEN), or pass --token");
        redactor.Add(token.Value);
        logger.LogDebug("using {Repository} with the {Driver} driver and the {Token}", repository, driver, token);
        return new ForgeSession(driver, repository, token, connector.Connect(driver, repository, token, ci, publishUrl));
    }

    /// <summary>The forge's runners for <c>runner launch</c>: as <see cref="OpenAsync(GlobalSettings, JobLocation, ILogger, CancellationToken)"/>, but an organisation URL is allowed.</summary>
    public async Task<RunnerForge> OpenRunnersAsync(GlobalSettings globals, JobLocation job, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(job);
        var repository = await ResolveRepositoryAsync(globals.Repo, job.Ci, job.Git, cancellationToken).ConfigureAwait(false);
        var driver = DriverResolver.Resolve(globals.Driver, repository, environment);
        var token = TokenResolver.Resolve(environment, globals.Token)
            ?? throw new CmlException("token not found: set REPO_TOKEN (or GITHUB_TOKEN, GITLAB_TOKEN, BITBUCKET_TOKEN), or pass --token; runners need a personal access token with admin rights on the repository");
        redactor.Add(token.Value);
        logger.LogDebug("using {Repository} with the {Driver} driver and the {Token}", repository, driver, token);
        var (runners, pipelines) = connector.ConnectRunners(driver, repository, token, job.Ci);
        return new RunnerForge(driver, repository, token, runners, pipelines);
    }

    /// <summary>The repository the options or the CI name, else the <c>origin</c> remote.</summary>
    /// <exception cref="CmlException">None of them names one.</exception>
    public static async Task<RepositoryUrl> ResolveRepositoryAsync(string? explicitRepo, CiContext ci, GitCli git, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(explicitRepo))
        {
            return RepositoryUrl.Parse(explicitRepo, ci.ServerUrl);
        }

        if (!string.IsNullOrEmpty(ci.RepositoryUrl))
        {
            return RepositoryUrl.Parse(ci.RepositoryUrl);
        }

        var remote = await git.RemoteUrlAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return remote is not null && RepositoryUrl.TryParse(remote, out var parsed)
            ? parsed
            : throw new CmlException("repository not found: run inside a git checkout with an origin remote, or pass --repo https://host/owner/name");
    }
}
