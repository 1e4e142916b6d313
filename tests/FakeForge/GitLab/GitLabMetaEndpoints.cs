using System.Text.Json.Nodes;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.GitLab;

/// <summary>The instance's version (how clients find the API base), the token's user, and a project.</summary>
internal static class GitLabMetaEndpoints
{
    public const string Version = "17.5.1";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v4/version", () => new JsonNodeResult(new JsonObject
        {
            ["version"] = Version,
            ["revision"] = "fakeforge",
            ["kas"] = new JsonObject { ["enabled"] = false, ["externalUrl"] = null, ["version"] = null },
            ["enterprise"] = false,
        }));
        app.MapGet("/api/v4/user", (HttpContext context, GitLabState state) =>
            new JsonNodeResult(GitLabJson.CurrentUser(state, GitLabCaller.Of(context).User)));
        app.MapGet("/api/v4/projects/{id}", (GitLabState state, string id) =>
        {
            var project = state.Project(ProjectId(id));
            return new JsonNodeResult(GitLabJson.Project(state, project.Id, project.Path));
        });
    }

    /// <summary>A route's project id: a number, or a full path whose slashes arrive as <c>%2F</c>.</summary>
    public static string ProjectId(string id) => Uri.UnescapeDataString(id);
}
