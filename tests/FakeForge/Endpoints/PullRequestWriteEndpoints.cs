using System.Text.Json.Nodes;
using FakeForge.Http;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Endpoints;

/// <summary>Opening and merging pull requests, and reading a branch's protection (which decides auto-merge).</summary>
internal static class PullRequestWriteEndpoints
{
    private static readonly string[] MergeMethods = ["merge", "squash", "rebase"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/repos/{owner}/{repo}/pulls", CreateAsync);
        app.MapPut("/repos/{owner}/{repo}/pulls/{number:int}/merge", MergeAsync);
        app.MapGet("/repos/{owner}/{repo}/branches/{branch}/protection", Protection);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, GitHubState state, string owner, string repo)
    {
        var repository = state.GetRepository(owner, repo);
        var json = await RequestJson.ReadObjectAsync(context.Request);
        var title = RequestJson.RequiredString(json, "title");
        var head = RequestJson.RequiredString(json, "head");
        var baseRef = RequestJson.RequiredString(json, "base");
        var pull = state.CreatePullRequest(owner, repo, title, head, baseRef, RequestJson.OptionalString(json, "body"), Caller.Of(context));
        var rendered = IssueJson.RenderPullRequest(UrlRoots.From(context, state), repository, pull);
        rendered["body"] = RequestJson.OptionalString(json, "body");
        context.Response.Headers.Location = rendered["url"]!.GetValue<string>();
        return new JsonNodeResult(rendered, StatusCodes.Status201Created);
    }

    private static async Task<IResult> MergeAsync(HttpContext context, GitHubState state, string owner, string repo, int number)
    {
        // Every field is optional, the body too (Octokit sends it with whatever content type).
        var json = context.Request.ContentLength is 0 ? new JsonObject() : await RequestJson.ReadObjectAsync(context.Request);
        var method = RequestJson.OptionalString(json, "merge_method") ?? "merge";
        if (!MergeMethods.Contains(method))
        {
            throw ApiErrorException.ValidationFailed("PullRequest", "merge_method", "invalid", $"merge_method must be one of merge, squash, rebase, not {method}");
        }

        state.MergePullRequest(owner, repo, number, method);
        return new JsonNodeResult(new JsonObject
        {
            ["sha"] = new string('a', 40),
            ["merged"] = true,
            ["message"] = "Pull Request successfully merged",
        });
    }

    private static IResult Protection(HttpContext context, GitHubState state, string owner, string repo, string branch)
    {
        // Reading protection takes the administration permission, which Actions' token never has.
        if (Caller.Of(context).IsInstallation)
        {
            throw new ApiErrorException(403, "Resource not accessible by integration");
        }

        if (!state.IsBranchProtected(owner, repo, branch))
        {
            throw new ApiErrorException(404, "Branch not protected");
        }

        var url = $"{UrlRoots.From(context, state).Repo(owner, repo)}/branches/{branch}/protection";
        return new JsonNodeResult(new JsonObject
        {
            ["url"] = url,
            ["required_status_checks"] = new JsonObject
            {
                ["url"] = url + "/required_status_checks",
                ["strict"] = true,
                ["contexts"] = new JsonArray("train"),
            },
            ["enforce_admins"] = new JsonObject { ["url"] = url + "/enforce_admins", ["enabled"] = false },
        });
    }
}
