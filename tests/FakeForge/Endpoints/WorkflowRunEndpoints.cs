using System.Text.Json.Nodes;
using FakeForge.Http;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Endpoints;

/// <summary>A workflow run: read it, cancel it (202; 409 once completed), rerun it (201; 403 while it runs).</summary>
internal static class WorkflowRunEndpoints
{
    private const string Run = "/repos/{owner}/{repo}/actions/runs/{id:long}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Run, (HttpContext context, GitHubState state, string owner, string repo, long id) =>
        {
            var repository = state.GetRepository(owner, repo);
            var run = state.ReadWorkflowRun(owner, repo, id);
            return new JsonNodeResult(WorkflowRunJson.Render(UrlRoots.From(context, state), repository, run));
        });
        app.MapPost(Run + "/cancel", (GitHubState state, string owner, string repo, long id) =>
        {
            state.CancelWorkflowRun(owner, repo, id);
            return new JsonNodeResult(new JsonObject(), StatusCodes.Status202Accepted);
        });
        app.MapPost(Run + "/rerun", (GitHubState state, string owner, string repo, long id) =>
        {
            state.RerunWorkflowRun(owner, repo, id);
            return new JsonNodeResult(new JsonObject(), StatusCodes.Status201Created);
        });
    }
}
