using System.Text.Json.Nodes;
using FakeForge.Http;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Endpoints.GitData;

/// <summary><c>/git/commits</c>: a tree, its parents and a message; the token's user signs when no author is given.</summary>
internal static class GitCommitEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/repos/{owner}/{repo}/git/commits", CreateAsync);
        app.MapGet("/repos/{owner}/{repo}/git/commits/{sha}", Get);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, GitHubState state, string owner, string repo)
    {
        var repository = state.GetRepository(owner, repo);
        var json = await RequestJson.ReadObjectAsync(context.Request);
        var message = RequestJson.RequiredString(json, "message");
        var tree = RequestJson.RequiredString(json, "tree");
        var parents = json["parents"] switch
        {
            null => [],
            JsonArray array => array.Select(p => p is JsonValue value && value.TryGetValue<string>(out var sha)
                ? sha
                : throw new ApiErrorException(422, "Invalid request.\n\nFor 'items', parents must be strings.")).ToArray(),
            _ => throw new ApiErrorException(422, "Invalid request.\n\nFor 'properties/parents', parents is not an array."),
        };
        var author = GitJson.ReadSignature(json["author"]);
        var committer = GitJson.ReadSignature(json["committer"]);
        var commit = state.CreateCommit(owner, repo, message, tree, parents, author, committer, Caller.Of(context));
        var result = GitJson.RenderCommit(UrlRoots.From(context, state), repository, commit);
        context.Response.Headers.Location = result["url"]!.GetValue<string>();
        return new JsonNodeResult(result, StatusCodes.Status201Created);
    }

    private static IResult Get(HttpContext context, GitHubState state, string owner, string repo, string sha)
    {
        var repository = state.GetRepository(owner, repo);
        return new JsonNodeResult(GitJson.RenderCommit(UrlRoots.From(context, state), repository, state.GetCommit(owner, repo, sha)));
    }
}
