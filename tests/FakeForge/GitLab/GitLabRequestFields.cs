using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FakeForge.GitLab;

/// <summary>
/// Every string parameter of a write at once, as GitLab (Grape) merges them: the query string, then a form or a
/// JSON object on top; for endpoints that take several fields.
/// </summary>
internal static class GitLabRequestFields
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(HttpRequest request)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Query)
        {
            fields[name] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            foreach (var (name, value) in form)
            {
                fields[name] = value.ToString();
            }
        }
        else if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            JsonNode? node;
            try
            {
                node = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            }
            catch (JsonException)
            {
                throw GitLabApiErrorException.WithMessage(400, "400 Bad request - invalid JSON");
            }

            if (node is JsonObject json)
            {
                foreach (var (name, value) in json)
                {
                    if (value is JsonValue scalar && scalar.GetValueKind() is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                    {
                        fields[name] = scalar.GetValueKind() == JsonValueKind.String ? scalar.GetValue<string>() : scalar.ToJsonString();
                    }
                }
            }
        }

        return fields;
    }
}
