using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FakeForge.Http;

/// <summary>
/// Records every request as it arrives (so requests whose client gave up are still there), with its body but
/// never the value of its Authorization header.
/// </summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, IRequestRecorder recorder)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        request.Body.Position = 0;

        var pathAndQuery = request.PathBase.Value + request.Path.Value + request.QueryString.Value;
        recorder.Record(new RecordedRequest(
            request.Method,
            pathAndQuery,
            Describe(buffer.ToArray(), request.ContentType),
            DateTimeOffset.UtcNow,
            request.Headers.ContainsKey(HeaderNames.Authorization)));

        await next(context);
    }

    // Binary uploads (images) would be noise as text; tests read them from GitHubState.Uploads instead.
    private static string Describe(byte[] body, string? contentType)
    {
        if (body.Length == 0)
        {
            return string.Empty;
        }

        var textual = contentType is null
            || contentType.Contains("json", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("xml", StringComparison.OrdinalIgnoreCase);
        return textual ? Encoding.UTF8.GetString(body) : $"<{body.Length} bytes of {contentType}>";
    }
}
