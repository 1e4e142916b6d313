using ContinuousMl.Ci;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using ContinuousMl.Git;
using ContinuousMl.PullRequests;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// Runs <c>pr create</c>: resolves the forge, authenticates git to the remote for this process only (nothing about
/// the token is written to the repository), runs CML's git sequence, then prints the pull request's URL (or the
/// Markdown link with <c>--md</c>), or one line saying why there was nothing to do.
/// </summary>
public sealed class PullRequestCreateHandler(
    IEnvironmentVariables environment, ForgeSessionOpener opener, SecretRedactor redactor, ILoggerFactory loggers, TextWriter stdout)
{
    private readonly ILogger logger = loggers.CreateLogger("pr");

    public async Task<int> RunAsync(GlobalSettings globals, PullRequestCreateSettings settings, CancellationToken cancellationToken)
    {
        var job = await JobLocation.DetectAsync(environment, logger, cancellationToken).ConfigureAwait(false);
        var session = await opener.OpenAsync(globals, job, logger, cancellationToken).ConfigureAwait(false);
        var pullRequests = session.Connection.PullRequests
            ?? throw new CmlException($"{session.Driver} has no pull requests this command can open");
        if (settings.Merge is { } method && !pullRequests.CanMerge(method))
        {
            throw new CmlException(
                $"--{method.ToString().ToLowerInvariant()}: {session.Driver} cannot merge that way (its project setting chooses between a merge commit and fast-forward); use --merge or --squash",
                ExitCodes.Usage);
        }

        var remoteGit = await AuthenticatedGitAsync(job.Git, settings.Remote, session, cancellationToken).ConfigureAwait(false);
        var sha = job.Ci.Sha
            ?? await job.Git.TryRevParseAsync("HEAD", cancellationToken).ConfigureAwait(false)
            ?? throw new CmlException("Failed to obtain SHA. Perhaps not in the correct git folder");
        var options = new PullRequestCreateOptions
        {
            Globs = settings.Globs,
            Remote = settings.Remote,
            SourceBranch = settings.Branch,
            TargetBranch = settings.TargetBranch,
            Title = settings.Title,
            Body = settings.Body,
            Message = settings.Message,
            SkipCi = settings.SkipCi,
            Merge = settings.Merge,
            Committer = new GitIdentity(settings.UserName, settings.UserEmail),
        };
        var creator = new PullRequestCreator(job.Git, remoteGit, pullRequests, logger);
        var result = await creator.CreateAsync(options, new PullRequestCreateContext(sha, job.Ci.Branch, session.Repository), cancellationToken)
            .ConfigureAwait(false);
        if (result.PullRequest is not { } pullRequest)
        {
            // CML printed "undefined" here.
            await stdout.WriteLineAsync(result.Reason).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await stdout.WriteLineAsync(settings.Markdown ? MarkdownLink(session.Driver, pullRequest.Url) : pullRequest.Url).ConfigureAwait(false);
        if (result.Status == PullRequestCreateStatus.Created && settings.Merge is { } merge)
        {
            // After the URL is out: a refused merge must not hide the pull request it was asked for.
            await pullRequests.MergeAsync(pullRequest, merge, cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    /// <summary>CML's <c>--md</c> output: GitLab calls them merge requests.</summary>
    public static string MarkdownLink(string driver, string url) =>
        $"[CML's {(driver == DriverResolver.GitLab ? "Merge" : "Pull")} Request]({url})";

    private async Task<GitCli> AuthenticatedGitAsync(GitCli git, string remote, ForgeSession session, CancellationToken cancellationToken)
    {
        var remoteUrl = await git.RemoteUrlAsync(remote, cancellationToken).ConfigureAwait(false)
            ?? throw new CmlException($"--remote {remote}: this checkout has no such git remote");
        var credential = GitCredentials.For(session.Driver, session.Token, redactor);
        var variables = GitHttpAuthorization.EnvironmentFor(remoteUrl, session.Repository, credential, environment);
        if (variables is null)
        {
            logger.LogDebug("remote {Remote} is not on {Host} over http(s); git uses its own credentials for it", remote, session.Repository.Authority);
            return git;
        }

        logger.LogDebug("git authenticates to remote {Remote} with the {Token}, for this run only", remote, session.Token);
        return git.WithEnvironment(variables);
    }
}
