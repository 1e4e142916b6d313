using System.Text.Json;
using System.Text.Json.Nodes;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Bitbucket.Endpoints;

/// <summary>Pipelines: one by UUID (braces and all), and <c>POST …/pipelines/</c> to start one for a target.</summary>
internal static class BitbucketPipelineEndpoints
{
    private const string Pipelines = "/2.0/repositories/{workspace}/{slug}/pipelines";

    private static readonly HashSet<string> TargetTypes = ["pipeline_ref_target", "pipeline_commit_target", "pipeline_pullrequest_target"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Pipelines + "/{uuid}", (HttpContext context, BitbucketState state, string workspace, string slug, string uuid) =>
        {
            BitbucketScopes.Require(context, BitbucketScopes.Pipeline);
            return new JsonNodeResult(Render(state.GetPipeline(workspace, slug, uuid)));
        });
        app.MapPost(Pipelines, StartAsync);
    }

    private static async Task<IResult> StartAsync(HttpContext context, BitbucketState state, string workspace, string slug)
    {
        BitbucketScopes.Require(context, BitbucketScopes.PipelineWrite);
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            throw new BitbucketErrorException(400, "Bad request", JsonValue.Create("The request body is not valid JSON."));
        }

        if (body is not JsonObject json || json["target"] is not JsonObject target)
        {
            throw BitbucketErrorException.BadField("target", "This field is required.");
        }

        if (target["type"] is not JsonValue type || type.GetValueKind() != JsonValueKind.String || !TargetTypes.Contains(type.GetValue<string>()))
        {
            throw BitbucketErrorException.BadField("target.type", "Not a valid pipeline target type.");
        }

        var pipeline = state.StartPipeline(workspace, slug, (JsonObject)target.DeepClone(), BitbucketCaller.Of(context).User);
        return new JsonNodeResult(Render(pipeline), StatusCodes.Status201Created);
    }

    private static JsonObject Render(BitbucketStoredPipeline pipeline) => new()
    {
        ["type"] = "pipeline",
        ["uuid"] = pipeline.Uuid,
        ["build_number"] = pipeline.BuildNumber,
        ["state"] = new JsonObject
        {
            ["type"] = $"pipeline_state_{pipeline.State.ToLowerInvariant()}",
            ["name"] = pipeline.State,
        },
        ["target"] = JsonNode.Parse(pipeline.TargetJson),
        ["created_on"] = BitbucketJson.Date(pipeline.CreatedOn),
    };
}
