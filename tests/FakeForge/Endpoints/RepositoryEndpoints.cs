using FakeForge.Http;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Endpoints;

/// <summary><c>GET /repos/{owner}/{repo}</c> and <c>GET …/issues/{number}</c>.</summary>
internal static class RepositoryEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/repos/{owner}/{repo}", GetRepository);
        app.MapGet("/repos/{owner}/{repo}/issues/{number:int}", GetIssue);
    }

    private static IResult GetRepository(HttpContext context, GitHubState state, string owner, string repo) =>
        new JsonNodeResult(RepositoryJson.Render(UrlRoots.From(context, state), state.GetRepository(owner, repo)));

    private static IResult GetIssue(HttpContext context, GitHubState state, string owner, string repo, int number)
    {
        var repository = state.GetRepository(owner, repo);
        var issue = state.GetIssue(owner, repo, number);
        var comments = state.ListIssueComments(owner, repo, number).Count;
        return new JsonNodeResult(IssueJson.RenderIssue(UrlRoots.From(context, state), repository, issue, comments));
    }
}
