using System.Text.Json;
using System.Text.Json.Nodes;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Bitbucket.Endpoints;

/// <summary>A repository's pull requests: listed by state (the open ones by default), opened, and merged.</summary>
internal static class BitbucketPullRequestWriteEndpoints
{
    private const string PullRequests = "/2.0/repositories/{workspace}/{slug}/pullrequests";

    private static readonly string[] Strategies = ["merge_commit", "squash", "fast_forward"];

    private static readonly Dictionary<string, Func<BitbucketPullRequestRecord, IComparable>> SortFields = new(StringComparer.Ordinal)
    {
        ["id"] = p => p.Id,
        ["created_on"] = p => p.CreatedOn,
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(PullRequests, (HttpContext context, BitbucketState state, string workspace, string slug) =>
        {
            BitbucketScopes.Require(context, BitbucketScopes.PullRequest);
            var pulls = state.ListPullRequests(workspace, slug, context.Request.Query["state"].Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToArray());
            return BitbucketPaging.Page(context, pulls, p => BitbucketJson.PullRequest(context, state, workspace, slug, p), SortFields);
        });
        app.MapPost(PullRequests, CreateAsync);
        app.MapPost(PullRequests + "/{id:long}/merge", MergeAsync);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, BitbucketState state, string workspace, string slug)
    {
        BitbucketScopes.Require(context, BitbucketScopes.PullRequestWrite);
        var json = await ReadObjectAsync(context.Request);
        var title = Text(json, "title") ?? throw BitbucketErrorException.BadField("title", "This field is required.");
        var source = json["source"]?["branch"]?["name"]?.GetValue<string>() ?? throw BitbucketErrorException.BadField("source", "This field is required.");
        var destination = json["destination"]?["branch"]?["name"]?.GetValue<string>() ?? "main";
        var pull = state.CreatePullRequest(workspace, slug, title, Text(json, "description"), source, destination, BitbucketCaller.Of(context).User);
        var rendered = BitbucketJson.PullRequest(context, state, workspace, slug, pull);
        rendered["description"] = Text(json, "description");
        context.Response.Headers.Location = rendered["links"]!["self"]!["href"]!.GetValue<string>();
        return new JsonNodeResult(rendered, StatusCodes.Status201Created);
    }

    private static async Task<IResult> MergeAsync(HttpContext context, BitbucketState state, string workspace, string slug, long id)
    {
        BitbucketScopes.Require(context, BitbucketScopes.PullRequestWrite);
        var json = context.Request.HasJsonContentType() ? await ReadObjectAsync(context.Request) : new JsonObject();
        var strategy = Text(json, "merge_strategy") ?? "merge_commit";
        if (!Strategies.Contains(strategy))
        {
            throw BitbucketErrorException.BadField("merge_strategy", $"{strategy} is not a valid merge strategy");
        }

        var close = json["close_source_branch"] is JsonValue value && value.GetValueKind() == JsonValueKind.True;
        var merged = state.MergePullRequest(workspace, slug, id, strategy, close);
        return new JsonNodeResult(BitbucketJson.PullRequest(context, state, workspace, slug, merged));
    }

    private static async Task<JsonObject> ReadObjectAsync(HttpRequest request)
    {
        try
        {
            if (await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) is JsonObject json)
            {
                return json;
            }
        }
        catch (JsonException)
        {
        }

        throw new BitbucketErrorException(400, "Bad request", JsonValue.Create("The body is not a JSON object."));
    }

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
