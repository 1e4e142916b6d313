using Microsoft.AspNetCore.Http;

namespace FakeForge.Bitbucket;

/// <summary>Turns <see cref="BitbucketErrorException"/> thrown by handlers or the state into Bitbucket's answers.</summary>
internal sealed class BitbucketErrorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BitbucketErrorException error) when (!context.Response.HasStarted)
        {
            await error.WriteAsync(context);
        }
    }
}
