using System.Text;
using System.Text.Json.Nodes;
using FakeForge.Http;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Endpoints.GitData;

/// <summary><c>/git/blobs</c>: file contents, sent as base64 or UTF-8 and always returned as base64.</summary>
internal static class GitBlobEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/repos/{owner}/{repo}/git/blobs", CreateAsync);
        app.MapGet("/repos/{owner}/{repo}/git/blobs/{sha}", Get);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, GitHubState state, string owner, string repo)
    {
        var repository = state.GetRepository(owner, repo);
        var json = await RequestJson.ReadObjectAsync(context.Request);
        var content = RequestJson.RequiredString(json, "content");
        var bytes = (RequestJson.OptionalString(json, "encoding") ?? "utf-8").ToLowerInvariant() switch
        {
            "base64" => Base64(content),
            "utf-8" or "utf8" => Encoding.UTF8.GetBytes(content),
            var other => throw new ApiErrorException(422, $"encoding must be utf-8 or base64, not {other}"),
        };
        var sha = state.CreateBlob(owner, repo, bytes);
        var url = $"{UrlRoots.From(context, state).Repo(repository.Owner.Login, repository.Name)}/git/blobs/{sha}";
        context.Response.Headers.Location = url;
        return new JsonNodeResult(new JsonObject { ["sha"] = sha, ["url"] = url }, StatusCodes.Status201Created);
    }

    private static IResult Get(HttpContext context, GitHubState state, string owner, string repo, string sha)
    {
        var repository = state.GetRepository(owner, repo);
        var bytes = state.GetBlob(owner, repo, sha);
        return new JsonNodeResult(new JsonObject
        {
            ["sha"] = sha.ToLowerInvariant(),
            ["node_id"] = NodeIds.For("Blob", sha),
            ["size"] = bytes.LongLength,
            ["url"] = $"{UrlRoots.From(context, state).Repo(repository.Owner.Login, repository.Name)}/git/blobs/{sha}",
            // GitHub wraps its base64 at 60 characters; clients must cope with the newlines.
            ["content"] = Wrap(Convert.ToBase64String(bytes), 60),
            ["encoding"] = "base64",
        });
    }

    private static byte[] Base64(string content)
    {
        try
        {
            return Convert.FromBase64String(content);
        }
        catch (FormatException)
        {
            throw new ApiErrorException(422, "content is not valid Base64");
        }
    }

    private static string Wrap(string text, int width)
    {
        var wrapped = new StringBuilder(text.Length + (text.Length / width) + 1);
        for (var i = 0; i < text.Length; i += width)
        {
            wrapped.Append(text, i, Math.Min(width, text.Length - i)).Append('\n');
        }

        return wrapped.ToString();
    }
}
