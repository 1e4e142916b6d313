using System.Text.Json.Nodes;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.GitLab;

/// <summary><c>POST /projects/:id/statuses/:sha</c>: an outside system's status on a commit.</summary>
internal static class GitLabStatusEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v4/projects/{id}/statuses/{sha}", async (HttpContext context, GitLabState state, string id, string sha) =>
        {
            var fields = await GitLabRequestFields.ReadAsync(context.Request);
            var status = state.SetCommitStatus(GitLabMetaEndpoints.ProjectId(id), sha, fields, GitLabCaller.Of(context).User);
            return new JsonNodeResult(Render(state, status), StatusCodes.Status201Created);
        });
    }

    private static JsonObject Render(GitLabState state, GitLabStoredCommitStatus status) => new()
    {
        ["id"] = status.Id,
        ["sha"] = status.Sha,
        ["ref"] = "feature",
        ["status"] = status.State,
        ["name"] = status.Name,
        ["target_url"] = status.TargetUrl,
        ["description"] = status.Description,
        ["created_at"] = GitLabJson.Date(status.CreatedAt),
        ["started_at"] = status.State == "pending" ? null : GitLabJson.Date(status.CreatedAt),
        ["finished_at"] = status.Finished ? GitLabJson.Date(status.CreatedAt) : null,
        ["allow_failure"] = false,
        ["coverage"] = null,
        ["pipeline_id"] = null,
        ["author"] = GitLabJson.User(state, state.User(status.AuthorUsername)),
    };
}
