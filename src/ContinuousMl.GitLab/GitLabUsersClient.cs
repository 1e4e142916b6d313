using ContinuousMl.GitLab.Models;

namespace ContinuousMl.GitLab;

/// <summary>The token's own user (<c>GET /user</c>); a project access token answers with its bot user.</summary>
internal sealed class GitLabUsersClient(GitLabConnection connection)
{
    public Task<GitLabUser> CurrentAsync(CancellationToken cancellationToken) =>
        connection.GetAsync("user", GitLabJsonContext.Default.GitLabUser, "read the token's user", cancellationToken);
}
