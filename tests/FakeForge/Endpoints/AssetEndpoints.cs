using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace FakeForge.Endpoints;

/// <summary>
/// A stand-in for CML's asset service (<c>--publish-url</c>): POST the raw bytes with a Content-Type (and
/// optionally a Content-Disposition filename), get back the file's URL as plain text.
/// </summary>
internal static class AssetEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/_assets/upload", UploadAsync);
        app.MapGet("/_assets/{id}", Download);
    }

    private static async Task<IResult> UploadAsync(HttpContext context, GitHubState state)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var contentType = context.Request.ContentType ?? "application/octet-stream";
        var upload = state.AddUpload(contentType, buffer.ToArray(), FileName(context.Request));
        return Results.Text(upload.Url, "text/plain");
    }

    private static IResult Download(GitHubState state, string id) =>
        state.FindUpload(id) is { } upload
            ? Results.Bytes(upload.Content, upload.ContentType)
            : Results.Text("Not Found", "text/plain", statusCode: StatusCodes.Status404NotFound);

    private static string? FileName(HttpRequest request)
    {
        if (!ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition))
        {
            return null;
        }

        var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName;
        return name.HasValue ? HeaderUtilities.RemoveQuotes(name).ToString() : null;
    }
}
