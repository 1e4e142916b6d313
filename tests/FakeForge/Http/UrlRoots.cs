using Microsoft.AspNetCore.Http;

namespace FakeForge.Http;

/// <summary>
/// Where links in an answer point: API links follow the request (so a client that came in through
/// <c>/api/v3/</c> stays there), web links (<c>html_url</c>) always use the server's root, like GitHub Enterprise.
/// </summary>
internal readonly record struct UrlRoots(string Api, string Web)
{
    public static UrlRoots From(HttpContext context, GitHubState state)
    {
        var request = context.Request;
        return new UrlRoots($"{request.Scheme}://{request.Host}{request.PathBase}/", state.BaseUrl.AbsoluteUri);
    }

    public string Repo(string owner, string name) => $"{Api}repos/{owner}/{name}";

    public string WebRepo(string owner, string name) => $"{Web}{owner}/{name}";
}
