using Microsoft.AspNetCore.Http;

namespace FakeForge.Http;

/// <summary>Stamps the rate-limit and request-id headers before anything else can answer.</summary>
internal sealed class StandardHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        StandardHeaders.Apply(context);
        return next(context);
    }
}
