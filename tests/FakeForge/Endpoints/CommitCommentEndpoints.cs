using FakeForge.Http;
using FakeForge.Json;
using FakeForge.Pagination;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Endpoints;

/// <summary>Comments on commits: listed and created under the commit, read and edited under <c>/comments/{id}</c>.</summary>
internal static class CommitCommentEndpoints
{
    private const string Resource = "CommitComment";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/repos/{owner}/{repo}/commits/{sha}/comments", List);
        app.MapPost("/repos/{owner}/{repo}/commits/{sha}/comments", CreateAsync);
        app.MapGet("/repos/{owner}/{repo}/comments/{id:long}", Get);
        app.MapPatch("/repos/{owner}/{repo}/comments/{id:long}", UpdateAsync);
        app.MapDelete("/repos/{owner}/{repo}/comments/{id:long}", Delete);
    }

    private static IResult List(HttpContext context, GitHubState state, string owner, string repo, string sha)
    {
        var repository = state.GetRepository(owner, repo);
        var roots = UrlRoots.From(context, state);
        return Paginator.Page(context, state.ListCommitComments(owner, repo, sha), c => CommentJson.RenderCommitComment(roots, repository, c));
    }

    private static async Task<IResult> CreateAsync(HttpContext context, GitHubState state, string owner, string repo, string sha)
    {
        var repository = state.GetRepository(owner, repo);
        var body = await CommentBodies.ReadAsync(context.Request, Resource);
        var comment = state.CreateCommitComment(owner, repo, sha, body, Caller.Of(context));
        var json = CommentJson.RenderCommitComment(UrlRoots.From(context, state), repository, comment);
        context.Response.Headers.Location = json["url"]!.GetValue<string>();
        return new JsonNodeResult(json, StatusCodes.Status201Created);
    }

    private static IResult Get(HttpContext context, GitHubState state, string owner, string repo, long id)
    {
        var repository = state.GetRepository(owner, repo);
        var comment = state.GetComment(owner, repo, id, commitComment: true);
        return new JsonNodeResult(CommentJson.RenderCommitComment(UrlRoots.From(context, state), repository, comment));
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, GitHubState state, string owner, string repo, long id)
    {
        var repository = state.GetRepository(owner, repo);
        var body = await CommentBodies.ReadAsync(context.Request, Resource);
        var comment = state.UpdateComment(owner, repo, id, commitComment: true, body);
        return new JsonNodeResult(CommentJson.RenderCommitComment(UrlRoots.From(context, state), repository, comment));
    }

    private static IResult Delete(GitHubState state, string owner, string repo, long id)
    {
        state.DeleteComment(owner, repo, id, commitComment: true);
        return Results.NoContent();
    }
}
