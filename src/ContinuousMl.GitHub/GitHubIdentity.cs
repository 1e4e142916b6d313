using Microsoft.Extensions.Logging;
using Octokit;

namespace ContinuousMl.GitHub;

/// <summary>Who the token is, so that our own comments are preferred over quotes of them.</summary>
public static class GitHubIdentity
{
    /// <summary>The login Actions' <c>GITHUB_TOKEN</c> writes as.</summary>
    public const string ActionsBot = "github-actions[bot]";

    /// <summary>
    /// Asks <c>GET /user</c> once. Installation tokens (<c>ghs_</c>) cannot, so they are taken to be Actions' bot
    /// when running in Actions and unknown otherwise.
    /// </summary>
    public static Func<CancellationToken, Task<string?>> Resolver(IGitHubClient client, string token, bool inGitHubActions, ILogger logger) =>
        async cancellationToken =>
        {
            if (token.StartsWith("ghs_", StringComparison.Ordinal))
            {
                return inGitHubActions ? ActionsBot : null;
            }

            try
            {
                var user = await client.User.Current().ConfigureAwait(false);
                return user.Login;
            }
            catch (ApiException ex)
            {
                logger.LogDebug("GET /user answered {Status}; cannot tell whose comments are ours", (int)ex.StatusCode);
                return inGitHubActions ? ActionsBot : null;
            }
        };
}
