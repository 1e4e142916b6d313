using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FakeForge.Json;

/// <summary>Writes a JSON document with a status, as GitHub does (no HTML escaping of <c>&lt;</c> in bodies).</summary>
internal sealed class JsonNodeResult(JsonNode? node, int status = StatusCodes.Status200OK) : IResult
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        return httpContext.Response.WriteAsync(node?.ToJsonString(Options) ?? "null", httpContext.RequestAborted);
    }
}
