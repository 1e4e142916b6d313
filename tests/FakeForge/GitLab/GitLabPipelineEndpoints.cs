using System.Globalization;
using System.Text.Json.Nodes;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.GitLab;

/// <summary>A pipeline: read it, cancel it (200), retry it (201).</summary>
internal static class GitLabPipelineEndpoints
{
    private const string Pipeline = "/api/v4/projects/{id}/pipelines/{pipelineId:long}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Pipeline, (GitLabState state, string id, long pipelineId) =>
            new JsonNodeResult(Render(state, state.ReadPipeline(GitLabMetaEndpoints.ProjectId(id), pipelineId))));
        app.MapPost(Pipeline + "/cancel", (GitLabState state, string id, long pipelineId) =>
            new JsonNodeResult(Render(state, state.CancelPipeline(GitLabMetaEndpoints.ProjectId(id), pipelineId))));
        app.MapPost(Pipeline + "/retry", (GitLabState state, string id, long pipelineId) =>
            new JsonNodeResult(Render(state, state.RetryPipeline(GitLabMetaEndpoints.ProjectId(id), pipelineId)), StatusCodes.Status201Created));
    }

    private static JsonObject Render(GitLabState state, GitLabStoredPipeline pipeline)
    {
        var project = state.Project(pipeline.ProjectPath);
        return new JsonObject
        {
            ["id"] = pipeline.Id,
            ["iid"] = pipeline.Id % 1000,
            ["project_id"] = project.Id,
            ["sha"] = pipeline.Sha,
            ["ref"] = pipeline.Ref,
            ["status"] = pipeline.Status,
            ["source"] = "push",
            ["created_at"] = GitLabJson.Date(pipeline.CreatedAt),
            ["updated_at"] = GitLabJson.Date(pipeline.CreatedAt),
            ["web_url"] = string.Create(CultureInfo.InvariantCulture, $"{state.BaseUrl.AbsoluteUri}{pipeline.ProjectPath}/-/pipelines/{pipeline.Id}"),
        };
    }
}
