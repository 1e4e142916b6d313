using ContinuousMl.Errors;
using ContinuousMl.Forges;
using ContinuousMl.Git;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.PullRequests;

/// <summary>
/// CML's <c>pr create</c> git sequence: pick the changed files the globs name, branch <c>&lt;target&gt;-cml-pr-&lt;sha8&gt;</c>
/// off the run's commit, commit them, push, and open the pull request. A branch already on the remote means a
/// re-run: its open pull request is reused and nothing is pushed again.
/// </summary>
/// <param name="git">git in the working directory, for local work.</param>
/// <param name="remoteGit">The same git, authenticated to the remote (fetch, ls-remote, push).</param>
/// <param name="pullRequests">The forge's pull requests.</param>
/// <param name="logger">Where progress and CML's warnings go.</param>
public sealed class PullRequestCreator(GitCli git, GitCli remoteGit, IPullRequests pullRequests, ILogger logger)
{
    public async Task<PullRequestCreateResult> CreateAsync(PullRequestCreateOptions options, PullRequestCreateContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        var paths = Array.Empty<string>();
        if (options.Globs.Count > 0)
        {
            var changed = await GitStatusReader.ChangedFilesAsync(git, cancellationToken).ConfigureAwait(false);
            if (changed.Count == 0)
            {
                return NothingToDo("the working tree has no changes to commit");
            }

            paths = await MatchAsync(changed, options.Globs, cancellationToken).ConfigureAwait(false);
            if (paths.Length == 0)
            {
                return NothingToDo($"no changed file matches {string.Join(' ', options.Globs)}");
            }
        }

        var target = await TargetBranchAsync(options, context, cancellationToken).ConfigureAwait(false);
        var source = string.IsNullOrEmpty(options.SourceBranch) ? PullRequestDefaults.SourceBranch(target, context.Sha) : options.SourceBranch;
        if (await RemoteBranchExistsAsync(options.Remote, source, cancellationToken).ConfigureAwait(false))
        {
            logger.LogWarning("Branch {Branch} already exists", source);
            var open = await pullRequests.FindOpenAsync(source, target, cancellationToken).ConfigureAwait(false);
            if (open is not null)
            {
                logger.LogInformation("reusing the open pull request {Url} from {Branch}", open.Url, source);
                return new PullRequestCreateResult(PullRequestCreateStatus.Reused, open);
            }

            logger.LogInformation("no pull request from {Branch} into {Target} is open; opening one from the branch as it is", source, target);
        }
        else
        {
            await CommitAndPushAsync(options, context.Sha, target, source, paths, cancellationToken).ConfigureAwait(false);
        }

        var created = await OpenAsync(
            new NewPullRequest(
                source,
                target,
                string.IsNullOrEmpty(options.Title) ? PullRequestDefaults.Title(target, context.Sha) : options.Title,
                string.IsNullOrEmpty(options.Body) ? PullRequestDefaults.Description(context.Repository, context.Sha) : options.Body,
                options.SkipCi),
            cancellationToken).ConfigureAwait(false);
        logger.LogInformation("opened {Url} from {Branch} into {Target}", created.Url, source, target);
        return new PullRequestCreateResult(PullRequestCreateStatus.Created, created);
    }

    /// <summary>Opens the pull request; when the forge may have opened it without saying so, it is looked for, not opened twice.</summary>
    private async Task<PullRequestRef> OpenAsync(NewPullRequest pullRequest, CancellationToken cancellationToken)
    {
        try
        {
            return await pullRequests.CreateAsync(pullRequest, cancellationToken).ConfigureAwait(false);
        }
        catch (ForgeRequestException ex) when (ex.OutcomeUnknown)
        {
            var opened = await pullRequests.FindOpenAsync(pullRequest.SourceBranch, pullRequest.TargetBranch, cancellationToken).ConfigureAwait(false);
            if (opened is null)
            {
                throw;
            }

            logger.LogInformation("the forge opened {Url} although its answer was lost", opened.Url);
            return opened;
        }
    }

    private PullRequestCreateResult NothingToDo(string why)
    {
        logger.LogDebug("nothing to commit: {Reason}", why);
        return new PullRequestCreateResult(PullRequestCreateStatus.NothingToDo, null, $"Nothing to do: {why}; no pull request was created.");
    }

    /// <summary>The changed files the globs name, as paths from the repository root.</summary>
    private async Task<string[]> MatchAsync(IReadOnlyList<string> changed, IReadOnlyList<string> globs, CancellationToken cancellationToken)
    {
        // Globs are relative to the working directory, status paths to the root; files outside the directory never match.
        var prefixResult = await git.RunAsync(["rev-parse", "--show-prefix"], cancellationToken).ConfigureAwait(false);
        var prefix = prefixResult.Succeeded ? prefixResult.StandardOutput.Trim() : string.Empty;
        var glob = new PathGlob(globs);
        return changed
            .Where(path => path.StartsWith(prefix, StringComparison.Ordinal) && glob.IsMatch(path[prefix.Length..]))
            .ToArray();
    }

    private async Task<string> TargetBranchAsync(PullRequestCreateOptions options, PullRequestCreateContext context, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(options.TargetBranch))
        {
            var result = await remoteGit.RunAsync(["ls-remote", "--exit-code", "--heads", options.Remote, options.TargetBranch], cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded || !HasBranch(result.StandardOutput, options.TargetBranch))
            {
                throw new CmlException(result.ExitCode is 2 or 0
                    ? $"--target-branch {options.TargetBranch}: the target branch does not exist on {options.Remote}"
                    : $"--target-branch {options.TargetBranch}: cannot list the branches of {options.Remote}: {GitFailure.Describe(result)}");
            }

            return options.TargetBranch;
        }

        return context.Branch
            ?? await git.CurrentBranchAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new CmlException("cannot tell which branch the pull request is for: HEAD is detached and the CI names no branch; pass --target-branch");
    }

    private async Task<bool> RemoteBranchExistsAsync(string remote, string branch, CancellationToken cancellationToken)
    {
        var result = await remoteGit.RunAsync(["ls-remote", "--heads", remote, branch], cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? HasBranch(result.StandardOutput, branch)
            : throw new CmlException($"cannot list the branches of {remote}: {GitFailure.Describe(result)}");
    }

    private async Task CommitAndPushAsync(
        PullRequestCreateOptions options, string sha, string target, string source, string[] paths, CancellationToken cancellationToken)
    {
        var fetch = await remoteGit.RunAsync(["fetch", options.Remote, sha], cancellationToken).ConfigureAwait(false);
        if (!fetch.Succeeded)
        {
            // Some servers refuse a fetch by sha; a checkout of the run's commit has it anyway.
            var present = await git.RunAsync(["cat-file", "-e", sha + "^{commit}"], cancellationToken).ConfigureAwait(false);
            if (!present.Succeeded)
            {
                throw new CmlException($"git fetch {options.Remote} {sha} failed: {GitFailure.Describe(fetch)}");
            }

            logger.LogDebug("git fetch {Remote} {Sha} failed ({Reason}); the commit is here already", options.Remote, sha, GitFailure.Describe(fetch));
        }

        if (paths.Length > 0)
        {
            await RunAsync(git, ["checkout", "-B", target, sha], cancellationToken).ConfigureAwait(false);
        }

        await RunAsync(git, ["checkout", "-B", source], cancellationToken).ConfigureAwait(false);
        if (paths.Length > 0)
        {
            // Literal pathspecs from the root: a file named "*.csv" is that file, and the working directory does not matter.
            await RunAsync(git, ["add", "--", .. paths.Select(path => $":(top,literal){path}")], cancellationToken).ConfigureAwait(false);
            var message = PullRequestDefaults.CommitMessage(options.Message, sha, options.SkipCi, options.Merge is not null);
            await RunAsync(git, [.. IdentityArguments(options.Committer), "commit", "-m", message], cancellationToken, "git commit").ConfigureAwait(false);
            logger.LogInformation("committed {Count} changed file(s) on {Branch}: {Message}", paths.Length, source, message);
        }

        await RunAsync(remoteGit, ["push", "--set-upstream", options.Remote, $"refs/heads/{source}:refs/heads/{source}"], cancellationToken).ConfigureAwait(false);
        logger.LogInformation("pushed {Branch} to {Remote}", source, options.Remote);
    }

    // For this commit only: unlike CML, the repository's own configuration is left as it was.
    private static IEnumerable<string> IdentityArguments(GitIdentity identity)
    {
        if (!string.IsNullOrEmpty(identity.Name))
        {
            yield return "-c";
            yield return $"user.name={identity.Name}";
        }

        if (!string.IsNullOrEmpty(identity.Email))
        {
            yield return "-c";
            yield return $"user.email={identity.Email}";
        }
    }

    private static async Task RunAsync(GitCli cli, string[] arguments, CancellationToken cancellationToken, string? display = null)
    {
        var result = await cli.RunAsync(arguments, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new CmlException($"{display ?? "git " + string.Join(' ', arguments)} failed: {GitFailure.Describe(result)}");
        }
    }

    private static bool HasBranch(string lsRemoteOutput, string branch) =>
        lsRemoteOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(line => line.EndsWith("\trefs/heads/" + branch, StringComparison.Ordinal));
}
