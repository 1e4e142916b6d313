using FakeForge.Json;
using Microsoft.AspNetCore.Http;

namespace FakeForge.Http;

/// <summary>Turns <see cref="ApiErrorException"/> into GitHub's <c>{"message": …}</c> answers.</summary>
internal sealed class ApiErrorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ApiErrorException error) when (!context.Response.HasStarted)
        {
            await new JsonNodeResult(error.ToJson(), error.Status).ExecuteAsync(context);
        }
    }
}
