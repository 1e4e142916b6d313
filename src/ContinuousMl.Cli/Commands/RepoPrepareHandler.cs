using ContinuousMl.Ci;
using ContinuousMl.Errors;
using ContinuousMl.Git;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// Runs <c>repo prepare</c> / <c>ci</c>: CML's <c>updateGitConfig</c> for the forge (the committer, and the remote
/// rewritten to carry the token so later <c>git push</c> steps authenticate; asking for that is what this command
/// is for), then <c>--fetch-depth</c>. A remote that is a repository on this machine keeps its URL. Prints nothing.
/// </summary>
public sealed class RepoPrepareHandler(IEnvironmentVariables environment, ForgeSessionOpener opener, SecretRedactor redactor, ILoggerFactory loggers)
{
    public const string Remote = "origin";

    private readonly ILogger logger = loggers.CreateLogger("repo");

    public async Task<int> RunAsync(GlobalSettings globals, RepoPrepareSettings settings, CancellationToken cancellationToken)
    {
        var job = await JobLocation.DetectAsync(environment, logger, cancellationToken).ConfigureAwait(false);
        var session = await opener.OpenAsync(globals, job, logger, cancellationToken).ConfigureAwait(false);
        var credential = GitCredentials.For(session.Driver, session.Token, redactor);
        var fallback = CiIdentity(session.Driver, environment);
        var identity = new GitIdentity(settings.UserName ?? fallback.Name, settings.UserEmail ?? fallback.Email);

        var remoteUrl = await job.Git.RemoteUrlAsync(Remote, cancellationToken).ConfigureAwait(false);
        var rewrite = remoteUrl is null || !GitRemoteAddress.IsLocal(remoteUrl);
        if (!rewrite)
        {
            logger.LogInformation("{Remote} is a repository on this machine ({Url}); its URL is left as it is", Remote, remoteUrl);
        }

        var preparer = new RepositoryPreparer(job.Git, logger);
        await preparer.RunAsync(GitConfigPlan.For(session.Driver, session.Repository, credential, identity, Remote, rewrite), cancellationToken)
            .ConfigureAwait(false);
        logger.LogInformation(
            "git commits as {Name} <{Email}>{Push}",
            identity.Name ?? "(as configured)",
            identity.Email ?? "(as configured)",
            rewrite ? $" and pushes to {session.Repository} with the {session.Token}" : string.Empty);

        if (settings.FetchDepth is { } depth)
        {
            await preparer.FetchAsync(Remote, depth, cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    /// <summary>CML's per-forge defaults, used when <c>--user-name</c>/<c>--user-email</c> are given empty.</summary>
    public static GitIdentity CiIdentity(string driver, IEnvironmentVariables environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return driver switch
        {
            DriverResolver.GitHub => new GitIdentity("GitHub Action", "action@github.com"),
            DriverResolver.GitLab => new GitIdentity(environment.Get("GITLAB_USER_NAME"), environment.Get("GITLAB_USER_EMAIL")),
            _ => new GitIdentity(null, null),
        };
    }
}
