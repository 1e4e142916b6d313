using FakeForge.Json;
using Microsoft.AspNetCore.Http;

namespace FakeForge.GitLab;

/// <summary>Turns <see cref="GitLabApiErrorException"/> into GitLab's JSON error answers.</summary>
internal sealed class GitLabErrorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (GitLabApiErrorException error) when (!context.Response.HasStarted)
        {
            await new JsonNodeResult(error.Body, error.Status).ExecuteAsync(context);
        }
    }
}
