using System.Text.RegularExpressions;
using ContinuousMl.Errors;
using ContinuousMl.Forges;

namespace ContinuousMl.Comments;

/// <summary>
/// Resolves <c>--target</c> with CML's semantics and messages (reference §4.6). Qualified targets never touch the
/// context; unlike CML, <c>commit/&lt;rev&gt;</c> is rev-parsed when it is not a full sha.
/// </summary>
public static partial class CommentTargetParser
{
    public static async Task<CommentTarget> ResolveAsync(CommentTargetRequest request, ITargetContext? context, CancellationToken cancellationToken)
    {
        var target = request.Target ?? "auto";
        if (!string.IsNullOrEmpty(request.CommitSha))
        {
            Require(context).Warn("Deprecation warning: use --target=\"commit/<sha>\" instead of --commit-sha=<sha>");
            target = "commit/" + request.CommitSha;
        }
        else if (request.PullRequest)
        {
            Require(context).Warn("Deprecation warning: use --target=pr instead of --pr");
            target = "pr";
        }

        if (string.Equals(target, "commit", StringComparison.OrdinalIgnoreCase))
        {
            return CommentTarget.Commit(RequireSha(Require(context)));
        }

        if (string.Equals(target, "pr", StringComparison.OrdinalIgnoreCase) || string.Equals(target, "auto", StringComparison.OrdinalIgnoreCase))
        {
            var ctx = Require(context);
            if (!string.IsNullOrEmpty(ctx.PullRequest))
            {
                return CommentTarget.PullRequest(ctx.PullRequest);
            }

            var sha = RequireSha(ctx);
            var prs = await ctx.PullRequestsForCommitAsync(sha, cancellationToken).ConfigureAwait(false);
            var url = prs.Count > 0 ? prs[0].Url : null;
            if (!string.IsNullOrEmpty(url))
            {
                return CommentTarget.PullRequest(url[(url.LastIndexOf('/') + 1)..]);
            }

            if (string.Equals(target, "auto", StringComparison.OrdinalIgnoreCase))
            {
                return CommentTarget.Commit(sha);
            }

            throw new CmlException($"PR for commit sha \"{sha}\" not found");
        }

        var slash = target.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            throw new CmlException($"Failed to parse comment --target=\"{target}\"", ExitCodes.Usage);
        }

        var kind = target[..slash];
        var id = target[(slash + 1)..];
        if (string.Equals(kind, "commit", StringComparison.OrdinalIgnoreCase))
        {
            if (FullSha().IsMatch(id) || context is null)
            {
                return CommentTarget.Commit(id);
            }

            // Unresolvable revisions go to the forge verbatim, as CML sends them; its answer names the problem.
            var resolved = await context.RevParseAsync(id, cancellationToken).ConfigureAwait(false);
            return CommentTarget.Commit(resolved ?? id);
        }

        if (string.Equals(kind, "pr", StringComparison.OrdinalIgnoreCase))
        {
            return CommentTarget.PullRequest(id);
        }

        if (string.Equals(kind, "issue", StringComparison.OrdinalIgnoreCase))
        {
            return CommentTarget.Issue(id);
        }

        throw new CmlException($"unsupported comment target \"{target}\"", ExitCodes.Usage);
    }

    private static ITargetContext Require(ITargetContext? context) =>
        context ?? throw new InvalidOperationException("an unqualified comment target needs the run's context");

    private static string RequireSha(ITargetContext context) =>
        string.IsNullOrEmpty(context.Sha)
            ? throw new CmlException("cannot tell which commit this report is for: run inside a git checkout, or pass --target commit/<sha> or pr/<number>")
            : context.Sha;

    [GeneratedRegex("^[0-9a-fA-F]{40}([0-9a-fA-F]{24})?$")]
    private static partial Regex FullSha();
}
