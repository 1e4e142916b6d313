using FakeForge.Http;
using FakeForge.Json;
using FakeForge.Pagination;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Endpoints;

/// <summary>Comments on issues and pull requests (GitHub keeps both under <c>/issues</c>).</summary>
internal static class IssueCommentEndpoints
{
    private const string Resource = "IssueComment";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/repos/{owner}/{repo}/issues/{number:int}/comments", List);
        app.MapPost("/repos/{owner}/{repo}/issues/{number:int}/comments", CreateAsync);
        app.MapGet("/repos/{owner}/{repo}/issues/comments/{id:long}", Get);
        app.MapPatch("/repos/{owner}/{repo}/issues/comments/{id:long}", UpdateAsync);
        app.MapDelete("/repos/{owner}/{repo}/issues/comments/{id:long}", Delete);
    }

    // Octokit also sends sort=created&direction=asc, which this endpoint ignores like GitHub; "since" filters.
    private static IResult List(HttpContext context, GitHubState state, string owner, string repo, int number)
    {
        var repository = state.GetRepository(owner, repo);
        var roots = UrlRoots.From(context, state);
        var comments = state.ListIssueComments(owner, repo, number);
        if (ApiDates.Parse(context.Request.Query["since"].ToString()) is { } since)
        {
            comments = comments.Where(c => c.UpdatedAt >= since).ToArray();
        }

        return Paginator.Page(context, comments, c => CommentJson.RenderIssueComment(roots, repository, c));
    }

    private static async Task<IResult> CreateAsync(HttpContext context, GitHubState state, string owner, string repo, int number)
    {
        var repository = state.GetRepository(owner, repo);
        var body = await CommentBodies.ReadAsync(context.Request, Resource);
        var comment = state.CreateIssueComment(owner, repo, number, body, Caller.Of(context));
        var json = CommentJson.RenderIssueComment(UrlRoots.From(context, state), repository, comment);
        context.Response.Headers.Location = json["url"]!.GetValue<string>();
        return new JsonNodeResult(json, StatusCodes.Status201Created);
    }

    private static IResult Get(HttpContext context, GitHubState state, string owner, string repo, long id)
    {
        var repository = state.GetRepository(owner, repo);
        var comment = state.GetComment(owner, repo, id, commitComment: false);
        return new JsonNodeResult(CommentJson.RenderIssueComment(UrlRoots.From(context, state), repository, comment));
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, GitHubState state, string owner, string repo, long id)
    {
        var repository = state.GetRepository(owner, repo);
        var body = await CommentBodies.ReadAsync(context.Request, Resource);
        var comment = state.UpdateComment(owner, repo, id, commitComment: false, body);
        return new JsonNodeResult(CommentJson.RenderIssueComment(UrlRoots.From(context, state), repository, comment));
    }

    private static IResult Delete(GitHubState state, string owner, string repo, long id)
    {
        state.DeleteComment(owner, repo, id, commitComment: false);
        return Results.NoContent();
    }
}
