using System.Text;
using System.Text.Json.Nodes;
using FakeForge.Git;
using FakeForge.Http;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Endpoints.GitData;

/// <summary><c>/git/trees</c>: create on top of a base tree (nested paths allowed), read one level or recursively.</summary>
internal static class GitTreeEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/repos/{owner}/{repo}/git/trees", CreateAsync);
        app.MapGet("/repos/{owner}/{repo}/git/trees/{sha}", Get);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, GitHubState state, string owner, string repo)
    {
        var repository = state.GetRepository(owner, repo);
        var json = await RequestJson.ReadObjectAsync(context.Request);
        if (json["tree"] is not JsonArray items)
        {
            throw new ApiErrorException(422, "Invalid request.\n\n\"tree\" wasn't supplied.");
        }

        var changes = items.Select(ReadItem).ToArray();
        var tree = state.CreateTree(owner, repo, RequestJson.OptionalString(json, "base_tree"), changes);
        var result = GitJson.RenderTree(UrlRoots.From(context, state), repository, tree);
        context.Response.Headers.Location = result["url"]!.GetValue<string>();
        return new JsonNodeResult(result, StatusCodes.Status201Created);
    }

    // GitHub recurses when "recursive" is present at all, whatever its value.
    private static IResult Get(HttpContext context, GitHubState state, string owner, string repo, string sha)
    {
        var repository = state.GetRepository(owner, repo);
        var tree = state.GetTree(owner, repo, sha, recursive: context.Request.Query.ContainsKey("recursive"));
        return new JsonNodeResult(GitJson.RenderTree(UrlRoots.From(context, state), repository, tree));
    }

    private static TreeChange ReadItem(JsonNode? node)
    {
        if (node is not JsonObject item)
        {
            throw new ApiErrorException(422, "Invalid request.\n\nFor 'items', tree entries must be objects.");
        }

        var path = RequestJson.RequiredString(item, "path");
        var mode = RequestJson.RequiredString(item, "mode");
        var type = RequestJson.OptionalString(item, "type") ?? mode switch
        {
            GitTreeEntry.TreeMode => "tree",
            "160000" => "commit",
            _ => "blob",
        };
        var content = RequestJson.OptionalString(item, "content");
        var sha = RequestJson.OptionalString(item, "sha");
        if (content is not null && sha is not null)
        {
            throw new ApiErrorException(422, "Must supply either tree.sha or tree.content, not both");
        }

        // An explicit "sha": null deletes the path; leaving out both sha and content is a mistake.
        if (content is null && sha is null && !item.ContainsKey("sha"))
        {
            throw new ApiErrorException(422, "Must supply either tree.sha or tree.content");
        }

        return new TreeChange(path, mode, type, sha, content is null ? null : Encoding.UTF8.GetBytes(content));
    }
}
