using System.Text.Json;
using System.Text.Json.Nodes;
using FakeForge.Http;
using Microsoft.AspNetCore.Http;

namespace FakeForge.Json;

/// <summary>Reads request bodies the way GitHub judges them: 400 for broken JSON, 422 for wrong shapes.</summary>
internal static class RequestJson
{
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request)
    {
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            if (node is JsonObject json)
            {
                return json;
            }
        }
        catch (JsonException)
        {
        }

        throw new ApiErrorException(400, "Problems parsing JSON");
    }

    /// <summary>A string property, null when absent or null; 422 when it holds something else.</summary>
    public static string? OptionalString(JsonObject json, string name)
    {
        var node = json[name];
        if (node is null)
        {
            return null;
        }

        return node.GetValueKind() == JsonValueKind.String
            ? node.GetValue<string>()
            : throw new ApiErrorException(422, $"Invalid request.\n\nFor 'properties/{name}', {node.ToJsonString()} is not a string.");
    }

    public static string RequiredString(JsonObject json, string name) =>
        OptionalString(json, name) ?? throw new ApiErrorException(422, $"Invalid request.\n\n\"{name}\" wasn't supplied.");

    public static bool OptionalBool(JsonObject json, string name) =>
        json[name] is { } node && node.GetValueKind() is JsonValueKind.True or JsonValueKind.False && node.GetValue<bool>();
}
