using System.Globalization;
using System.Text.Json.Nodes;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.GitLab;

/// <summary>
/// The runner calls a GitLab client makes: create a project runner (<c>POST /user/runners</c>, GitLab 15.10+) or
/// register one with a registration token (<c>POST /runners</c>, no <c>PRIVATE-TOKEN</c>), list a project's runners,
/// read one and its jobs, remove it by id or (<c>DELETE /runners</c>) by its own token; and read a job.
/// </summary>
internal static class GitLabRunnerEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v4/user/runners", async (HttpContext context, GitLabState state) =>
        {
            var type = await GitLabRequestBodies.RequiredStringAsync(context.Request, "runner_type");
            if (type != "project_type")
            {
                throw GitLabApiErrorException.WithMessage(400, "400 Bad request - this fake GitLab creates project runners only");
            }

            var projectId = await GitLabRequestBodies.OptionalStringAsync(context.Request, "project_id");
            if (string.IsNullOrEmpty(projectId))
            {
                throw GitLabApiErrorException.WithMessage(400, "400 Bad request - missing/invalid project_id");
            }

            var (description, tags, locked, runUntagged, accessLevel) = await FieldsAsync(context.Request);
            var runner = state.CreateProjectRunner(projectId, description, tags, locked, runUntagged, accessLevel);
            return new JsonNodeResult(Created(runner), StatusCodes.Status201Created);
        });
        app.MapPost("/api/v4/runners", async (HttpContext context, GitLabState state) =>
        {
            var token = await GitLabRequestBodies.RequiredStringAsync(context.Request, "token");
            var (description, tags, locked, runUntagged, accessLevel) = await FieldsAsync(context.Request);
            var runner = state.RegisterWithToken(token, description, tags, locked, runUntagged, accessLevel);
            return new JsonNodeResult(Created(runner), StatusCodes.Status201Created);
        });
        app.MapDelete("/api/v4/runners", async (HttpContext context, GitLabState state) =>
        {
            state.DeleteRunnerByToken(await GitLabRequestBodies.RequiredStringAsync(context.Request, "token"));
            return Results.NoContent();
        });
        app.MapGet("/api/v4/projects/{id}/runners", (HttpContext context, GitLabState state, string id) =>
            GitLabPaginator.Page(context, state.ApiProjectRunners(GitLabMetaEndpoints.ProjectId(id)), Summary));
        app.MapGet("/api/v4/runners/{id:long}", (GitLabState state, long id) =>
        {
            var runner = state.ApiRunner(id);
            var details = Summary(runner).AsObject();
            details["tag_list"] = new JsonArray(runner.TagList.Select(tag => (JsonNode)tag).ToArray());
            details["run_untagged"] = runner.RunUntagged;
            details["locked"] = runner.Locked;
            details["access_level"] = runner.AccessLevel;
            details["maximum_timeout"] = null;
            details["maintenance_note"] = null;
            details["contacted_at"] = runner.Contacted ? GitLabJson.Date(DateTimeOffset.UtcNow) : null;
            details["projects"] = new JsonArray(new JsonObject
            {
                ["id"] = state.Project(runner.ProjectPath).Id,
                ["path_with_namespace"] = runner.ProjectPath,
            });
            return new JsonNodeResult(details);
        });
        app.MapGet("/api/v4/runners/{id:long}/jobs", (HttpContext context, GitLabState state, long id) =>
        {
            var status = context.Request.Query["status"].ToString();
            var (_, jobs) = state.ApiRunnerJobs(id, status.Length == 0 ? null : status);
            return GitLabPaginator.Page(context, jobs, job => Job(state, job));
        });
        app.MapDelete("/api/v4/runners/{id:long}", (GitLabState state, long id) =>
        {
            state.DeleteRunner(id);
            return Results.NoContent();
        });
        app.MapGet("/api/v4/projects/{id}/jobs/{jobId:long}", (GitLabState state, string id, long jobId) =>
            new JsonNodeResult(Job(state, state.ApiJob(GitLabMetaEndpoints.ProjectId(id), jobId))));
    }

    /// <summary>The <c>Job</c> entity, trimmed: id, status, name, stage and the pipeline it belongs to.</summary>
    internal static JsonNode Job(GitLabState state, GitLabQueuedJob job)
    {
        var project = state.Project(job.ProjectPath);
        return new JsonObject
        {
            ["id"] = job.Id,
            ["status"] = job.Status,
            ["stage"] = "test",
            ["name"] = job.Name,
            ["ref"] = "feature",
            ["tag"] = false,
            ["allow_failure"] = false,
            ["web_url"] = string.Create(CultureInfo.InvariantCulture, $"{state.BaseUrl.AbsoluteUri}{job.ProjectPath}/-/jobs/{job.Id}"),
            ["pipeline"] = new JsonObject
            {
                ["id"] = job.PipelineId,
                ["project_id"] = project.Id,
                ["ref"] = "feature",
                ["status"] = job.Status,
            },
            ["project"] = new JsonObject { ["id"] = project.Id, ["path_with_namespace"] = job.ProjectPath },
        };
    }

    private static JsonNode Summary(GitLabStoredRunner runner) => new JsonObject
    {
        ["id"] = runner.Id,
        ["description"] = runner.Description,
        ["ip_address"] = null,
        ["active"] = true,
        ["paused"] = false,
        ["is_shared"] = false,
        ["runner_type"] = "project_type",
        ["name"] = runner.Contacted ? "gitlab-runner" : null,
        ["online"] = runner.Contacted,
        ["status"] = runner.Status,
    };

    private static JsonObject Created(GitLabStoredRunner runner) => new()
    {
        ["id"] = runner.Id,
        ["token"] = runner.Token,
        ["token_expires_at"] = null,
    };

    private static async Task<(string Description, IReadOnlyList<string> Tags, bool Locked, bool RunUntagged, string AccessLevel)> FieldsAsync(HttpRequest request)
    {
        var tags = (await GitLabRequestBodies.OptionalStringAsync(request, "tag_list") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (
            await GitLabRequestBodies.OptionalStringAsync(request, "description") ?? string.Empty,
            tags,
            await GitLabRequestBodies.OptionalStringAsync(request, "locked") == "true",
            await GitLabRequestBodies.OptionalStringAsync(request, "run_untagged") != "false",
            await GitLabRequestBodies.OptionalStringAsync(request, "access_level") is { Length: > 0 } level ? level : "not_protected");
    }
}
