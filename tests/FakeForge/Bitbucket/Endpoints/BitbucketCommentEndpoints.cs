using System.Text.Json;
using System.Text.Json.Nodes;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Bitbucket.Endpoints;

/// <summary>
/// Comments on pull requests, commits and issues: list (oldest first unless <c>sort</c> says otherwise), get,
/// create and update with <c>{"content": {"raw": …}}</c>. Bodies of 32,768 code points or more are refused.
/// </summary>
internal static class BitbucketCommentEndpoints
{
    private const string Repository = "/2.0/repositories/{workspace}/{slug}";

    private static readonly Dictionary<string, Func<BitbucketStoredComment, IComparable>> SortFields = new(StringComparer.Ordinal)
    {
        ["created_on"] = c => c.CreatedOn,
        ["updated_on"] = c => c.UpdatedOn,
        ["id"] = c => c.Id,
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        MapKind(app, $"{Repository}/pullrequests/{{target:long}}/comments", BitbucketCommentKind.PullRequest, BitbucketScopes.PullRequest, BitbucketScopes.PullRequestWrite);
        MapKind(app, $"{Repository}/commit/{{target}}/comments", BitbucketCommentKind.Commit, BitbucketScopes.Repository, BitbucketScopes.RepositoryWrite);
        MapKind(app, $"{Repository}/issues/{{target:long}}/comments", BitbucketCommentKind.Issue, BitbucketScopes.Issue, BitbucketScopes.IssueWrite);
    }

    private static void MapKind(IEndpointRouteBuilder app, string path, BitbucketCommentKind kind, string readScope, string writeScope)
    {
        app.MapGet(path, (HttpContext context, BitbucketState state, string workspace, string slug, string target) =>
        {
            BitbucketScopes.Require(context, readScope);
            var comments = state.ListComments(workspace, slug, kind, target);
            return BitbucketPaging.Page(context, comments, c => BitbucketJson.Comment(context, state, workspace, slug, c), SortFields);
        });

        app.MapPost(path, async (HttpContext context, BitbucketState state, string workspace, string slug, string target) =>
        {
            BitbucketScopes.Require(context, writeScope);
            var raw = await ReadRawAsync(context.Request);
            var comment = state.CreateComment(workspace, slug, kind, target, raw, BitbucketCaller.Of(context).User);
            var json = BitbucketJson.Comment(context, state, workspace, slug, comment);
            context.Response.Headers.Location = json["links"]!["self"]!["href"]!.GetValue<string>();
            return new JsonNodeResult(json, StatusCodes.Status201Created);
        });

        app.MapGet($"{path}/{{commentId:long}}", (HttpContext context, BitbucketState state, string workspace, string slug, string target, long commentId) =>
        {
            BitbucketScopes.Require(context, readScope);
            var comment = state.GetComment(workspace, slug, kind, target, commentId);
            return new JsonNodeResult(BitbucketJson.Comment(context, state, workspace, slug, comment));
        });

        app.MapPut($"{path}/{{commentId:long}}", async (HttpContext context, BitbucketState state, string workspace, string slug, string target, long commentId) =>
        {
            BitbucketScopes.Require(context, writeScope);
            var raw = await ReadRawAsync(context.Request);
            var comment = state.UpdateComment(workspace, slug, kind, target, commentId, raw, BitbucketCaller.Of(context).User);
            return new JsonNodeResult(BitbucketJson.Comment(context, state, workspace, slug, comment));
        });
    }

    /// <summary><c>content.raw</c>, judged as Bitbucket judges it.</summary>
    private static async Task<string> ReadRawAsync(HttpRequest request)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            throw new BitbucketErrorException(400, "Bad request", JsonValue.Create("The request body is not valid JSON."));
        }

        var raw = body is JsonObject json && json["content"] is JsonObject content && content["raw"] is JsonValue value
            && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;
        if (string.IsNullOrWhiteSpace(raw))
        {
            throw BitbucketErrorException.BadField("content.raw", "This field is required.");
        }

        var length = raw.EnumerateRunes().Count();
        if (length > BitbucketState.MaxCommentLength)
        {
            throw BitbucketErrorException.BadRequestPage();
        }

        return raw;
    }
}
