using FakeForge.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Bitbucket.Endpoints;

/// <summary>
/// A repository's Downloads: list, upload (multipart, one or more <c>files</c> fields; a same-named file is
/// replaced), the API's redirect to a file, and the web address a reader's browser fetches.
/// </summary>
internal static class BitbucketDownloadEndpoints
{
    private const string Downloads = "/2.0/repositories/{workspace}/{slug}/downloads";

    private static readonly Dictionary<string, Func<BitbucketDownload, IComparable>> SortFields = new(StringComparer.Ordinal)
    {
        ["name"] = d => d.Name,
        ["created_on"] = d => d.CreatedOn,
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Downloads, (HttpContext context, BitbucketState state, string workspace, string slug) =>
        {
            BitbucketScopes.Require(context, BitbucketScopes.Repository);
            var downloads = state.ListDownloads(workspace, slug);
            return BitbucketPaging.Page(context, downloads, d => BitbucketJson.Download(context, state, workspace, slug, d), SortFields);
        });

        app.MapPost(Downloads, UploadAsync);

        app.MapGet($"{Downloads}/{{name}}", (HttpContext context, BitbucketState state, string workspace, string slug, string name) =>
        {
            BitbucketScopes.Require(context, BitbucketScopes.Repository);
            var download = state.FindDownload(workspace, slug, name) ?? throw BitbucketErrorException.NotFound();
            return Results.Redirect($"{BitbucketJson.RepositoryWeb(state, workspace, slug)}/downloads/{Uri.EscapeDataString(download.Name)}");
        });

        app.MapGet("/{workspace}/{slug}/downloads/{name}", (BitbucketState state, string workspace, string slug, string name) =>
        {
            var download = state.FindDownload(workspace, slug, name);
            return download is null
                ? Results.Text("Not Found", "text/plain", statusCode: StatusCodes.Status404NotFound)
                : Results.Bytes(download.Content, download.ContentType);
        });
    }

    private static async Task<IResult> UploadAsync(HttpContext context, BitbucketState state, string workspace, string slug)
    {
        BitbucketScopes.Require(context, BitbucketScopes.RepositoryWrite);
        if (!context.Request.HasFormContentType)
        {
            throw BitbucketErrorException.BadField("files", "This field is required.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var files = form.Files.GetFiles("files");
        if (files.Count == 0)
        {
            throw BitbucketErrorException.BadField("files", "This field is required.");
        }

        var uploader = BitbucketCaller.Of(context).User;
        foreach (var file in files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, context.RequestAborted);
            var contentType = string.IsNullOrEmpty(file.ContentType) ? WebEndpoints.ContentTypeFor(file.FileName) : file.ContentType;
            state.PutDownload(workspace, slug, file.FileName, contentType, buffer.ToArray(), uploader);
        }

        return Results.StatusCode(StatusCodes.Status201Created);
    }
}
