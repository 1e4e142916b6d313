using FakeForge.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FakeForge.GitLab;

/// <summary>
/// Every API call needs a known token, in <c>PRIVATE-TOKEN</c> or as <c>Authorization: Bearer</c> (GitLab's
/// <c>/version</c> included); <c>read_api</c> tokens may not write. The runner API carries its token in the body. Web paths (uploads) are open: the projects are public.
/// </summary>
internal sealed class GitLabAuthMiddleware(RequestDelegate next, GitLabState state)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api/v4") || GitLabRunnerProgramEndpoints.IsRunnerApi(context.Request))
        {
            return next(context);
        }

        var token = TokenFrom(context.Request);
        var caller = token is null ? null : state.FindToken(token);
        if (caller is null)
        {
            return Refuse(context, GitLabApiErrorException.Unauthorized());
        }

        if (caller.ReadApiOnly && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return Refuse(context, GitLabApiErrorException.InsufficientScope());
        }

        GitLabCaller.Set(context, caller);
        return next(context);
    }

    private static string? TokenFrom(HttpRequest request)
    {
        var privateToken = request.Headers["PRIVATE-TOKEN"].ToString().Trim();
        if (privateToken.Length > 0)
        {
            return privateToken;
        }

        var authorization = request.Headers[HeaderNames.Authorization].ToString();
        const string bearer = "Bearer ";
        return authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) && authorization.Length > bearer.Length
            ? authorization[bearer.Length..].Trim()
            : null;
    }

    private static Task Refuse(HttpContext context, GitLabApiErrorException error) =>
        new JsonNodeResult(error.Body, error.Status).ExecuteAsync(context);
}
