using Microsoft.AspNetCore.Http;

namespace FakeForge.GitLab;

/// <summary>The token behind the current API request, as the authentication middleware found it.</summary>
internal static class GitLabCaller
{
    public static void Set(HttpContext context, GitLabAccessToken token) => context.Items[typeof(GitLabCaller)] = token;

    public static GitLabAccessToken Of(HttpContext context) =>
        context.Items.TryGetValue(typeof(GitLabCaller), out var token) && token is GitLabAccessToken accessToken
            ? accessToken
            : throw GitLabApiErrorException.Unauthorized();
}
