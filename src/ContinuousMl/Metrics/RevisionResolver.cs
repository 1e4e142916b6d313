using ContinuousMl.Errors;
using ContinuousMl.Git;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Metrics;

/// <summary>
/// Turns a branch, tag or sha into a commit, fetching it from <c>origin</c> when this clone lacks it: CI checkouts
/// are usually shallow and hold only the commit under test (<c>git fetch --depth=1 origin REV</c> then).
/// </summary>
public sealed class RevisionResolver(GitCli git, ILogger logger)
{
    /// <param name="revision">As the user wrote it.</param>
    /// <param name="flag">The option that named it, for the error message (<c>--base</c>).</param>
    public async Task<string> ResolveAsync(string revision, string flag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(revision);
        if (revision.StartsWith('-'))
        {
            throw new CmlException($"{flag} '{revision}' is not a revision: name a branch, tag or commit", ExitCodes.Usage);
        }

        if (await TryLocalAsync(revision, cancellationToken).ConfigureAwait(false) is { } local)
        {
            return local;
        }

        var shallow = (await git.RunAsync(["rev-parse", "--is-shallow-repository"], cancellationToken).ConfigureAwait(false)).FirstLine == "true";
        string[] fetch = shallow ? ["fetch", "--quiet", "--depth=1", "origin", revision] : ["fetch", "--quiet", "origin", revision];
        logger.LogInformation(
            "{Revision} is not in this {Clone}; fetching it: git {Arguments}",
            revision,
            shallow ? "shallow clone" : "clone",
            string.Join(' ', fetch));
        var fetched = await git.RunAsync(fetch, cancellationToken).ConfigureAwait(false);
        if (fetched.Succeeded)
        {
            var commit = await TryLocalAsync(revision, cancellationToken).ConfigureAwait(false)
                         ?? await git.TryRevParseAsync("FETCH_HEAD", cancellationToken).ConfigureAwait(false);
            if (commit is not null)
            {
                return commit;
            }
        }

        var reason = fetched.Succeeded ? string.Empty : $" ({FirstLine(fetched.StandardError)})";
        throw new CmlException(
            $"{flag} {revision}: no such branch, tag or commit in this clone or on origin{reason}; " +
            $"fetch it first (`git fetch origin {revision}`, or check out with full history) or name another revision");
    }

    private async Task<string?> TryLocalAsync(string revision, CancellationToken cancellationToken) =>
        await git.TryRevParseAsync(revision, cancellationToken).ConfigureAwait(false)
        ?? await git.TryRevParseAsync("refs/remotes/origin/" + revision, cancellationToken).ConfigureAwait(false);

    private static string FirstLine(string text)
    {
        var trimmed = text.Trim();
        var end = trimmed.IndexOfAny(['\r', '\n']);
        return end < 0 ? trimmed : trimmed[..end];
    }
}
