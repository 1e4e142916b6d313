using System.Globalization;
using System.Text.Json.Nodes;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.GitLab;

/// <summary>
/// What <c>gitlab-runner</c> says to GitLab, authenticated by the runner (or job) token in the JSON body rather than
/// <c>PRIVATE-TOKEN</c>: verify its token, ask for a job (201 with the job, 204 when none waits), report the job's
/// final state. Plus one test-only call outside the API: whether the test released a job queued without a duration.
/// </summary>
internal static class GitLabRunnerProgramEndpoints
{
    /// <summary>Requests the runner API authenticates by a token in the body; the auth middleware lets them through.</summary>
    public static bool IsRunnerApi(HttpRequest request)
    {
        var path = request.Path.Value ?? string.Empty;
        return ((HttpMethods.IsPost(request.Method) || HttpMethods.IsDelete(request.Method)) && path == "/api/v4/runners")
            || (HttpMethods.IsPost(request.Method) && path is "/api/v4/runners/verify" or "/api/v4/jobs/request")
            || (HttpMethods.IsPut(request.Method) && path.StartsWith("/api/v4/jobs/", StringComparison.Ordinal));
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v4/runners/verify", async (HttpContext context, GitLabState state) =>
        {
            var runner = state.VerifyRunner(await TokenAsync(context.Request));
            return new JsonNodeResult(new JsonObject { ["id"] = runner.Id, ["token"] = runner.Token, ["token_expires_at"] = null });
        });
        app.MapPost("/api/v4/jobs/request", async (HttpContext context, GitLabState state) =>
        {
            if (state.RequestJob(await TokenAsync(context.Request)) is not { } job)
            {
                return Results.NoContent();
            }

            var project = state.Project(job.ProjectPath);
            return new JsonNodeResult(
                new JsonObject
                {
                    ["id"] = job.Id,
                    ["token"] = job.Token,
                    ["allow_git_fetch"] = true,
                    ["job_info"] = new JsonObject
                    {
                        ["id"] = job.Id,
                        ["name"] = job.Name,
                        ["stage"] = "test",
                        ["project_id"] = project.Id,
                        ["project_name"] = job.ProjectPath[(job.ProjectPath.LastIndexOf('/') + 1)..],
                    },
                    ["git_info"] = new JsonObject { ["repo_url"] = $"{state.BaseUrl.AbsoluteUri}{job.ProjectPath}.git", ["ref"] = "feature" },
                    ["variables"] = new JsonArray(
                        Variable("CI_JOB_ID", job.Id.ToString(CultureInfo.InvariantCulture)),
                        Variable("CI_PIPELINE_ID", job.PipelineId.ToString(CultureInfo.InvariantCulture)),
                        Variable("FAKE_JOB_DURATION_MS", job.Duration is { } duration ? ((long)duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) : string.Empty),
                        Variable("FAKE_JOB_SUCCEEDS", job.Succeeds ? "true" : "false")),
                    ["steps"] = new JsonArray(new JsonObject { ["name"] = "script", ["script"] = new JsonArray("true"), ["when"] = "on_success" }),
                },
                StatusCodes.Status201Created);
        });
        app.MapPut("/api/v4/jobs/{id:long}", async (HttpContext context, GitLabState state, long id) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
            var job = state.UpdateJob(id, body["token"]?.GetValue<string>() ?? string.Empty, body["state"]?.GetValue<string>() ?? "running");
            return new JsonNodeResult(new JsonObject { ["id"] = job.Id, ["status"] = job.Status });
        });
        app.MapGet("/_fake/gitlab/jobs/{id:long}", (GitLabState state, long id) =>
            state.Job(id) is { } job
                ? new JsonNodeResult(new JsonObject { ["released"] = job.Released, ["status"] = job.Status })
                : throw GitLabApiErrorException.NotFound("Job"));
    }

    private static JsonObject Variable(string key, string value) => new() { ["key"] = key, ["value"] = value, ["public"] = true, ["masked"] = false };

    private static async Task<string> TokenAsync(HttpRequest request)
    {
        var body = await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
        return body["token"]?.GetValue<string>() is { Length: > 0 } token ? token : throw GitLabApiErrorException.Missing("token");
    }
}
