using System.Text;
using FakeForge.Json;
using FakeForge.State;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FakeForge.Http;

/// <summary>
/// Every API call needs a known token (<c>token X</c>, <c>Bearer X</c>, or basic auth whose password is the token);
/// read-only tokens may not write. Web pages and the asset server are open, as a reader's browser has no token.
/// </summary>
internal sealed class TokenAuthMiddleware(RequestDelegate next, GitHubState state)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/user") && !path.StartsWithSegments("/repos") && !path.StartsWithSegments("/orgs"))
        {
            return next(context);
        }

        var token = TokenFrom(context.Request.Headers[HeaderNames.Authorization].ToString());
        var caller = token is null ? null : state.FindToken(token);
        if (caller is null)
        {
            return new JsonNodeResult(new ApiErrorException(401, "Bad credentials").ToJson(), 401).ExecuteAsync(context);
        }

        if (caller.ReadOnly && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return new JsonNodeResult(new ApiErrorException(403, "Resource not accessible by integration").ToJson(), 403).ExecuteAsync(context);
        }

        Caller.Set(context, caller);
        return next(context);
    }

    internal static string? TokenFrom(string header)
    {
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return null;
        }

        var scheme = header[..space];
        var value = header[(space + 1)..].Trim();
        if (scheme.Equals("token", StringComparison.OrdinalIgnoreCase) || scheme.Equals("bearer", StringComparison.OrdinalIgnoreCase))
        {
            return value.Length > 0 ? value : null;
        }

        if (!scheme.Equals("basic", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value));
        }
        catch (FormatException)
        {
            return null;
        }

        // "x-access-token:TOKEN" (git's style) or "TOKEN:x-oauth-basic" (GitHub's older style).
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return decoded;
        }

        var user = decoded[..colon];
        var password = decoded[(colon + 1)..];
        return password.Length == 0 || password == "x-oauth-basic" ? user : password;
    }
}
