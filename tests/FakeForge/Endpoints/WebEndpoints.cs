using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Endpoints;

/// <summary>
/// The web side a reader's browser reaches: <c>/{owner}/{repo}/blob/{commit}/{path}?raw=true</c> serves the file
/// (GitHub redirects to its raw host; serving directly is what the browser ends up with), <c>/raw/</c> too.
/// </summary>
internal static class WebEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".svg"] = "image/svg+xml",
        [".pdf"] = "application/pdf",
        [".json"] = "application/json",
        [".csv"] = "text/plain; charset=utf-8",
        [".tsv"] = "text/plain; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".md"] = "text/plain; charset=utf-8",
        // GitHub never serves raw HTML as HTML.
        [".html"] = "text/plain; charset=utf-8",
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/{owner}/{repo}/blob/{revision}/{**path}", Blob);
        app.MapGet("/{owner}/{repo}/raw/{revision}/{**path}", Raw);
    }

    public static string ContentTypeFor(string path) =>
        ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");

    private static IResult Blob(HttpContext context, GitHubState state, string owner, string repo, string revision, string? path)
    {
        var bytes = state.ReadFileAtRevision(owner, repo, revision, path ?? string.Empty);
        if (bytes is null)
        {
            return Results.Text("Not Found", "text/plain", statusCode: StatusCodes.Status404NotFound);
        }

        var raw = context.Request.Query["raw"].ToString();
        if (raw is "true" or "1")
        {
            return Results.Bytes(bytes, ContentTypeFor(path!));
        }

        var rawUrl = WebUtility.HtmlEncode($"{context.Request.PathBase}{context.Request.Path}?raw=true");
        return Results.Content($"<!DOCTYPE html><html><body><a href=\"{rawUrl}\">View raw</a></body></html>", "text/html; charset=utf-8");
    }

    private static IResult Raw(GitHubState state, string owner, string repo, string revision, string? path)
    {
        var bytes = state.ReadFileAtRevision(owner, repo, revision, path ?? string.Empty);
        return bytes is null
            ? Results.Text("Not Found", "text/plain", statusCode: StatusCodes.Status404NotFound)
            : Results.Bytes(bytes, ContentTypeFor(path!));
    }
}
