using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace FakeForge.Http;

/// <summary>
/// The headers GitHub puts on every answer. Names keep GitHub's canonical casing because Octokit looks them up
/// in a case-sensitive dictionary (<c>X-RateLimit-Limit</c>, <c>Link</c>).
/// </summary>
internal static class StandardHeaders
{
    private static long requestCounter;

    public static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        var reset = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        headers["X-RateLimit-Limit"] = "5000";
        headers["X-RateLimit-Remaining"] = "4999";
        headers["X-RateLimit-Reset"] = reset.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Used"] = "1";
        headers["X-RateLimit-Resource"] = "core";
        headers["X-GitHub-Media-Type"] = "github.v3; format=json";
        headers["X-GitHub-Request-Id"] = RequestId(context);
    }

    // Kept per request so that a fault replacing the answer still reports the same id.
    private static string RequestId(HttpContext context)
    {
        if (context.Items.TryGetValue(typeof(StandardHeaders), out var existing) && existing is string id)
        {
            return id;
        }

        var number = Interlocked.Increment(ref requestCounter);
        id = string.Create(CultureInfo.InvariantCulture, $"FAKE:{Environment.ProcessId:X4}:{number:X6}");
        context.Items[typeof(StandardHeaders)] = id;
        return id;
    }
}
