using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.GitLab;

/// <summary>
/// Project uploads: <c>POST /projects/:id/uploads</c> (multipart field <c>file</c>), served back to browsers at
/// <c>/{project path}/uploads/{secret}/{file}</c> and <c>/-/project/{id}/uploads/{secret}/{file}</c>.
/// </summary>
internal static partial class GitLabUploadEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v4/projects/{id}/uploads", UploadAsync);

    /// <summary>Serves uploads to browsers; anything else is GitLab's 404 (JSON under the API, text elsewhere).</summary>
    public static IResult WebFallback(HttpContext context, GitLabState state)
    {
        var path = context.Request.Path.Value ?? "/";
        if (HttpMethods.IsGet(context.Request.Method) && UploadPath().Match(path) is { Success: true } match)
        {
            var project = match.Groups["id"].Success ? match.Groups["id"].Value : match.Groups["project"].Value;
            var upload = state.FindUpload(project, match.Groups["secret"].Value, Uri.UnescapeDataString(match.Groups["file"].Value));
            if (upload is not null)
            {
                return Results.Bytes(upload.Content, upload.ContentType);
            }
        }

        return path.StartsWith("/api/", StringComparison.Ordinal)
            ? new JsonNodeResult(new JsonObject { ["error"] = "404 Not Found" }, StatusCodes.Status404NotFound)
            : Results.Text("Not Found", "text/plain", statusCode: StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> UploadAsync(HttpContext context, GitLabState state, string id)
    {
        var request = context.Request;
        if (!request.HasFormContentType)
        {
            throw GitLabApiErrorException.Missing("file");
        }

        var form = await request.ReadFormAsync(context.RequestAborted);
        var file = form.Files.GetFile("file") ?? throw GitLabApiErrorException.Missing("file");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, context.RequestAborted);
        var projectId = GitLabMetaEndpoints.ProjectId(id);
        var project = state.Project(projectId);
        var upload = state.AddUpload(projectId, Path.GetFileName(file.FileName), file.ContentType ?? "application/octet-stream", buffer.ToArray());
        return new JsonNodeResult(GitLabJson.Upload(project.Id, upload), StatusCodes.Status201Created);
    }

    [GeneratedRegex(@"^/(?:-/project/(?<id>\d+)|(?<project>.+?))/uploads/(?<secret>[0-9a-f]{32})/(?<file>[^/]+)$")]
    private static partial Regex UploadPath();
}
