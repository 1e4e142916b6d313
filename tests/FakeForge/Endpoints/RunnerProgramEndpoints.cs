using System.Text.Json.Nodes;
using FakeForge.Http;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Endpoints;

/// <summary>
/// What a runner program says to GitHub, reduced to what tests need: register with a registration token
/// (<c>Authorization: RemoteAuth &lt;token&gt;</c>, as the real <c>config.sh</c> sends it), go online or offline,
/// take the next job, find out whether the test released it, report it done.
/// </summary>
internal static class RunnerProgramEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/actions/runner-registration", async (HttpContext context, GitHubState state) =>
        {
            var authorization = context.Request.Headers.Authorization.ToString();
            const string scheme = "RemoteAuth ";
            var token = authorization.StartsWith(scheme, StringComparison.Ordinal) ? authorization[scheme.Length..].Trim() : string.Empty;
            var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
            var labels = (body["labels"]?.GetValue<string>() ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var runner = state.RegisterRunner(
                token,
                body["url"]?.GetValue<string>() ?? string.Empty,
                body["name"]?.GetValue<string>() ?? string.Empty,
                labels,
                body["ephemeral"]?.GetValue<bool>() ?? false);
            return new JsonNodeResult(new JsonObject { ["id"] = runner.Id, ["name"] = runner.Name }, StatusCodes.Status201Created);
        });
        app.MapPost("/_fake/runners/{id:long}/status/{status}", (GitHubState state, long id, string status) =>
        {
            state.SetRunnerStatus(id, status);
            return Results.NoContent();
        });
        app.MapPost("/_fake/runners/{id:long}/next-job", (GitHubState state, long id) =>
            state.TakeRunnerJob(id) is { } job
                ? new JsonNodeResult(new JsonObject
                {
                    ["id"] = job.Id,
                    ["name"] = job.Name,
                    ["duration_ms"] = job.Duration is { } duration ? (long)duration.TotalMilliseconds : null,
                    ["result"] = job.Result,
                })
                : Results.NoContent());
        app.MapGet("/_fake/runner-jobs/{id:long}", (GitHubState state, long id) =>
            state.RunnerJob(id) is { } job
                ? new JsonNodeResult(new JsonObject { ["released"] = job.Released })
                : throw ApiErrorException.NotFound());
        app.MapPost("/_fake/runner-jobs/{id:long}/finish", (GitHubState state, long id) =>
        {
            state.FinishRunnerJob(id);
            return Results.NoContent();
        });
    }
}
