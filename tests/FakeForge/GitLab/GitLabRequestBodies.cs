using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FakeForge.GitLab;

/// <summary>Reads a write's parameters as GitLab (Grape) does: from a JSON object, a form, or the query string.</summary>
internal static class GitLabRequestBodies
{
    /// <summary>The string parameter <paramref name="name"/>; 400 "<c>name is missing</c>" when absent or empty.</summary>
    public static async Task<string> RequiredStringAsync(HttpRequest request, string name)
    {
        var value = await OptionalStringAsync(request, name);
        return string.IsNullOrEmpty(value) ? throw GitLabApiErrorException.Missing(name) : value;
    }

    /// <summary>The string parameter <paramref name="name"/>, or null (or empty) when absent.</summary>
    public static async Task<string?> OptionalStringAsync(HttpRequest request, string name)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return form.TryGetValue(name, out var formValue) ? formValue.ToString() : request.Query[name].ToString();
        }

        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
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

            return node is JsonObject json && json[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String
                ? value.GetValue<string>()
                : null;
        }

        return request.Query[name].ToString();
    }
}
