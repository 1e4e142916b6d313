using System.Text.Json.Nodes;
using FakeForge.Json;
using Microsoft.AspNetCore.Http;

namespace FakeForge.Bitbucket;

/// <summary>
/// An answer in Bitbucket's error shape, <c>{"type": "error", "error": {"message", "detail", "fields"}}</c>, or
/// (<see cref="HtmlBody"/>) the bare HTML page Bitbucket Cloud sends for some 400s, such as an oversized comment.
/// </summary>
internal sealed class BitbucketErrorException(int status, string message, JsonNode? detail = null, JsonObject? fields = null, string? htmlBody = null)
    : Exception(message)
{
    public int Status { get; } = status;

    public JsonNode? Detail { get; } = detail;

    public JsonObject? Fields { get; } = fields;

    public string? HtmlBody { get; } = htmlBody;

    public static BitbucketErrorException NotFound() => new(404, "Resource not found");

    public static BitbucketErrorException NoApiHere() => new(
        404,
        "Resource not found",
        JsonValue.Create("There is no API hosted at this URL.\n\nFor information about our API's, please refer to the documentation at: https://developer.atlassian.com/bitbucket/api/2/reference/"));

    /// <summary>What a token that is unknown, revoked, or of a kind the endpoint refuses gets.</summary>
    public static BitbucketErrorException Unauthorized() => new(401, "Token is invalid, expired, or not supported for this endpoint.");

    /// <summary>A field Bitbucket found wrong, e.g. <c>content.raw</c>.</summary>
    public static BitbucketErrorException BadField(string field, string message) =>
        new(400, "Bad request", fields: new JsonObject { [field] = new JsonArray(message) });

    /// <summary>Cloud's answer to an oversized comment: no JSON, a bare page (runatlantis/atlantis#1251).</summary>
    public static BitbucketErrorException BadRequestPage() => new(400, "Bad Request", htmlBody: "<h1>Bad Request (400)</h1>");

    public Task WriteAsync(HttpContext context)
    {
        if (HtmlBody is not null)
        {
            return Results.Content(HtmlBody, "text/html; charset=utf-8", statusCode: Status).ExecuteAsync(context);
        }

        var error = new JsonObject { ["message"] = Message };
        if (Detail is not null)
        {
            error["detail"] = Detail.DeepClone();
        }

        if (Fields is not null)
        {
            error["fields"] = Fields.DeepClone();
        }

        return new JsonNodeResult(new JsonObject { ["type"] = "error", ["error"] = error }, Status).ExecuteAsync(context);
    }
}
