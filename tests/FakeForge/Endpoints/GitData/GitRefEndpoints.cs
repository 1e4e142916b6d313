using System.Text.Json.Nodes;
using FakeForge.Http;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Endpoints.GitData;

/// <summary>
/// References. <c>GET …/git/ref/heads/x</c> is the current single-ref route; <c>GET …/git/refs/heads/x</c> (the one
/// Octokit calls) answers the ref itself when it exists and, like GitHub's older behaviour, the list of refs
/// under it when it is a namespace such as <c>heads</c>.
/// </summary>
internal static class GitRefEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/repos/{owner}/{repo}/git/ref/{**reference}", GetOne);
        app.MapGet("/repos/{owner}/{repo}/git/refs/{**reference}", GetOneOrMany);
        app.MapPost("/repos/{owner}/{repo}/git/refs", CreateAsync);
        app.MapPatch("/repos/{owner}/{repo}/git/refs/{**reference}", UpdateAsync);
        app.MapDelete("/repos/{owner}/{repo}/git/refs/{**reference}", Delete);
    }

    private static IResult GetOne(HttpContext context, GitHubState state, string owner, string repo, string? reference)
    {
        var repository = state.GetRepository(owner, repo);
        var found = state.GetRef(owner, repo, "refs/" + reference);
        return new JsonNodeResult(GitJson.RenderRef(UrlRoots.From(context, state), repository, found));
    }

    private static IResult GetOneOrMany(HttpContext context, GitHubState state, string owner, string repo, string? reference)
    {
        var repository = state.GetRepository(owner, repo);
        var roots = UrlRoots.From(context, state);
        var fullName = string.IsNullOrEmpty(reference) ? "refs" : "refs/" + reference.TrimEnd('/');
        var under = state.ListRefs(owner, repo, fullName + "/");
        var exact = state.ListRefs(owner, repo, fullName).FirstOrDefault(r => r.Name == fullName);
        if (exact is not null)
        {
            return new JsonNodeResult(GitJson.RenderRef(roots, repository, exact));
        }

        return under.Count > 0
            ? new JsonNodeResult(new JsonArray(under.Select(r => (JsonNode)GitJson.RenderRef(roots, repository, r)).ToArray()))
            : throw ApiErrorException.NotFound();
    }

    private static async Task<IResult> CreateAsync(HttpContext context, GitHubState state, string owner, string repo)
    {
        var repository = state.GetRepository(owner, repo);
        var json = await RequestJson.ReadObjectAsync(context.Request);
        var created = state.CreateRef(owner, repo, RequestJson.RequiredString(json, "ref"), RequestJson.RequiredString(json, "sha"));
        var result = GitJson.RenderRef(UrlRoots.From(context, state), repository, created);
        context.Response.Headers.Location = result["url"]!.GetValue<string>();
        return new JsonNodeResult(result, StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, GitHubState state, string owner, string repo, string? reference)
    {
        var repository = state.GetRepository(owner, repo);
        var json = await RequestJson.ReadObjectAsync(context.Request);
        var updated = state.UpdateRef(owner, repo, "refs/" + reference, RequestJson.RequiredString(json, "sha"), RequestJson.OptionalBool(json, "force"));
        return new JsonNodeResult(GitJson.RenderRef(UrlRoots.From(context, state), repository, updated));
    }

    private static IResult Delete(GitHubState state, string owner, string repo, string? reference)
    {
        state.DeleteRef(owner, repo, "refs/" + reference);
        return Results.NoContent();
    }
}
