using System.Text.Json.Nodes;
using FakeForge.Http;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace FakeForge.Endpoints;

/// <summary>
/// GitHub's GraphQL endpoint (<c>/graphql</c>; <c>/api/graphql</c> on Enterprise), for the documents cml sends: the
/// <c>enablePullRequestAutoMerge</c> mutation and the <c>assetsBranch</c> query. Refusals come as GitHub sends them:
/// status 200 with <c>errors</c>.
/// </summary>
internal static class GraphQlEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/graphql", AnswerAsync);
        app.MapPost("/api/graphql", AnswerAsync);
    }

    private static async Task<IResult> AnswerAsync(HttpContext context, GitHubState state)
    {
        // Outside /repos and /user, so the REST authentication middleware does not see it.
        var token = TokenAuthMiddleware.TokenFrom(context.Request.Headers[HeaderNames.Authorization].ToString());
        var caller = token is null ? null : state.FindToken(token);
        if (caller is null)
        {
            return new JsonNodeResult(new JsonObject { ["message"] = "Bad credentials", ["documentation_url"] = "https://docs.github.com/graphql" }, 401);
        }

        var json = await RequestJson.ReadObjectAsync(context.Request);
        var query = RequestJson.OptionalString(json, "query") ?? string.Empty;
        var variables = json["variables"] as JsonObject ?? new JsonObject();
        if (query.Contains("query assetsBranch", StringComparison.Ordinal))
        {
            return new JsonNodeResult(GraphQlBranchFiles.Answer(state, variables));
        }

        if (!query.Contains("enablePullRequestAutoMerge", StringComparison.Ordinal))
        {
            return Error("UNPROCESSABLE", "The fake GitHub answers only the enablePullRequestAutoMerge mutation and the assetsBranch query");
        }

        var nodeId = variables["pullRequestId"]?.GetValue<string>() ?? string.Empty;
        var method = variables["mergeMethod"]?.GetValue<string>() ?? "MERGE";
        if (caller.ReadOnly)
        {
            return Error("FORBIDDEN", "Resource not accessible by integration");
        }

        var refusal = state.EnableAutoMerge(nodeId, method);
        return refusal is null
            ? new JsonNodeResult(new JsonObject { ["data"] = new JsonObject { ["enablePullRequestAutoMerge"] = new JsonObject { ["clientMutationId"] = null } } })
            : Error("UNPROCESSABLE", refusal);
    }

    private static JsonNodeResult Error(string type, string message) => new(new JsonObject
    {
        ["data"] = new JsonObject { ["enablePullRequestAutoMerge"] = null },
        ["errors"] = new JsonArray(new JsonObject
        {
            ["type"] = type,
            ["path"] = new JsonArray("enablePullRequestAutoMerge"),
            ["locations"] = new JsonArray(new JsonObject { ["line"] = 2, ["column"] = 3 }),
            ["message"] = message,
        }),
    });
}
