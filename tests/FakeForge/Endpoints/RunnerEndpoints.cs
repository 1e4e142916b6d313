using System.Text.Json.Nodes;
using FakeForge.Http;
using FakeForge.Json;
using FakeForge.Pagination;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Endpoints;

/// <summary>
/// GitHub's self-hosted runner API for a repository and an organisation: registration tokens, the runner list
/// (paginated, <c>{total_count, runners}</c>), removal (422 while the runner runs a job). Actions tokens
/// (<c>GITHUB_TOKEN</c>) are refused, as GitHub refuses them: they never have administration rights.
/// </summary>
internal static class RunnerEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (prefix, scope) in new (string, Func<HttpContext, string>)[]
        {
            ("/repos/{owner}/{repo}/actions/runners", c => GitHubState.RepositoryScope(Route(c, "owner"), Route(c, "repo"))),
            ("/orgs/{org}/actions/runners", c => GitHubState.OrganisationScope(Route(c, "org"))),
        })
        {
            app.MapPost(prefix + "/registration-token", (HttpContext context, GitHubState state) =>
            {
                RequireAdmin(context);
                var resolved = scope(context);
                if (!resolved.StartsWith("org:", StringComparison.Ordinal))
                {
                    state.ApiRunners(resolved);
                }

                return new JsonNodeResult(
                    new JsonObject { ["token"] = state.CreateRegistrationToken(resolved), ["expires_at"] = ApiDates.Format(DateTimeOffset.UtcNow.AddHours(1)) },
                    StatusCodes.Status201Created);
            });
            app.MapGet(prefix, (HttpContext context, GitHubState state) =>
            {
                RequireAdmin(context);
                var all = state.ApiRunners(scope(context));
                var request = PageRequest.From(context.Request.Query);
                if (LinkHeader.Build(context.Request, request.Page, request.LastPage(all.Count)) is { } link)
                {
                    context.Response.Headers["Link"] = link;
                }

                return new JsonNodeResult(new JsonObject
                {
                    ["total_count"] = all.Count,
                    ["runners"] = new JsonArray(request.Slice(all).Select(Render).ToArray()),
                });
            });
            app.MapDelete(prefix + "/{id:long}", (HttpContext context, GitHubState state, long id) =>
            {
                RequireAdmin(context);
                state.RemoveRunner(scope(context), id);
                return Results.StatusCode(StatusCodes.Status204NoContent);
            });
        }

        app.MapGet("/repos/{owner}/{repo}/actions/runs", (HttpContext context, GitHubState state, string owner, string repo) =>
        {
            var repository = state.GetRepository(owner, repo);
            var status = context.Request.Query["status"].ToString();
            var runs = state.WorkflowRunsWithStatus(owner, repo, status.Length == 0 ? null : status);
            return new JsonNodeResult(new JsonObject
            {
                ["total_count"] = runs.Count,
                ["workflow_runs"] = new JsonArray(runs.Select(run => (JsonNode)WorkflowRunJson.Render(UrlRoots.From(context, state), repository, run)).ToArray()),
            });
        });
        app.MapGet("/repos/{owner}/{repo}/actions/runs/{id:long}/jobs", (GitHubState state, string owner, string repo, long id) =>
        {
            var jobs = state.RunJobs(owner, repo, id);
            return new JsonNodeResult(new JsonObject
            {
                ["total_count"] = jobs.Count,
                ["jobs"] = new JsonArray(jobs.Select(job => (JsonNode)new JsonObject
                {
                    ["id"] = job.Id,
                    ["run_id"] = id,
                    ["name"] = job.Name,
                    ["status"] = job.Finished ? "completed" : job.RunnerName is null ? "queued" : "in_progress",
                    ["conclusion"] = job.Finished ? (job.Result == "Succeeded" ? "success" : "failure") : null,
                    ["runner_name"] = job.RunnerName,
                    ["labels"] = new JsonArray("self-hosted"),
                    ["steps"] = new JsonArray(),
                }).ToArray()),
            });
        });
    }

    private static JsonNode Render(StoredRunner runner) => new JsonObject
    {
        ["id"] = runner.Id,
        ["name"] = runner.Name,
        ["os"] = "Linux",
        ["status"] = runner.Status,
        ["busy"] = runner.Busy,
        ["ephemeral"] = runner.Ephemeral,
        ["labels"] = new JsonArray(runner.Labels.Select((label, index) => (JsonNode)new JsonObject
        {
            ["id"] = index + 1,
            ["name"] = label,
            ["type"] = index < 3 && label is "self-hosted" or "Linux" or "X64" ? "read-only" : "custom",
        }).ToArray()),
    };

    private static void RequireAdmin(HttpContext context)
    {
        if (Caller.Of(context).IsInstallation)
        {
            throw new ApiErrorException(403, "Resource not accessible by integration");
        }
    }

    private static string Route(HttpContext context, string name) => context.Request.RouteValues[name]?.ToString() ?? string.Empty;
}
