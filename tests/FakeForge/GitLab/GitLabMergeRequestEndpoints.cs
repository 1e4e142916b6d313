using System.Text.Json.Nodes;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.GitLab;

/// <summary>A project's merge requests: listed (by state and branches), opened, and merged.</summary>
internal static class GitLabMergeRequestEndpoints
{
    private const string MergeRequests = "/api/v4/projects/{id}/merge_requests";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(MergeRequests, List);
        app.MapPost(MergeRequests, CreateAsync);
        app.MapPut(MergeRequests + "/{iid:long}/merge", MergeAsync);
    }

    private static IResult List(HttpContext context, GitLabState state, string id)
    {
        var projectId = GitLabMetaEndpoints.ProjectId(id);
        var project = state.Project(projectId);
        var query = context.Request.Query;
        var mergeRequests = state.ListMergeRequests(projectId, Optional(query["state"]), Optional(query["source_branch"]), Optional(query["target_branch"]));
        return GitLabPaginator.Page(context, mergeRequests, mr => Render(state, project.Id, project.Path, mr));
    }

    private static async Task<IResult> CreateAsync(HttpContext context, GitLabState state, string id)
    {
        var projectId = GitLabMetaEndpoints.ProjectId(id);
        var project = state.Project(projectId);
        var fields = await GitLabRequestFields.ReadAsync(context.Request);
        var record = state.CreateMergeRequest(
            projectId,
            Required(fields, "source_branch"),
            Required(fields, "target_branch"),
            Required(fields, "title"),
            fields.GetValueOrDefault("description"));
        return new JsonNodeResult(Render(state, project.Id, project.Path, record), StatusCodes.Status201Created);
    }

    private static async Task<IResult> MergeAsync(HttpContext context, GitLabState state, string id, long iid)
    {
        var projectId = GitLabMetaEndpoints.ProjectId(id);
        var project = state.Project(projectId);
        var fields = await GitLabRequestFields.ReadAsync(context.Request);
        var (record, waits) = state.MergeMergeRequest(projectId, iid, Flag(fields, "merge_when_pipeline_succeeds"), Flag(fields, "squash"));
        var json = Render(state, project.Id, project.Path, record);
        json["merge_when_pipeline_succeeds"] = waits;
        return new JsonNodeResult(json);
    }

    private static JsonObject Render(GitLabState state, long projectId, string projectPath, GitLabMergeRequestRecord record)
    {
        var json = GitLabJson.MergeRequest(state, projectId, projectPath, record);
        if (state.OpenedMergeRequest(projectPath, record.Iid) is { } opened)
        {
            json["title"] = opened.Title;
            json["description"] = opened.Description;
            json["squash"] = opened.Squash;
            json["merge_when_pipeline_succeeds"] = opened.MergeWhenPipelineSucceeds;
        }

        return json;
    }

    private static string Required(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.GetValueOrDefault(name) is { Length: > 0 } value ? value : throw GitLabApiErrorException.Missing(name);

    private static bool Flag(IReadOnlyDictionary<string, string> fields, string name) =>
        bool.TryParse(fields.GetValueOrDefault(name), out var value) && value;

    private static string? Optional(Microsoft.Extensions.Primitives.StringValues value) =>
        value.ToString() is { Length: > 0 } text ? text : null;
}
