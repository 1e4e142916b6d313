using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FakeForge.Bitbucket;

/// <summary>
/// Every API call needs a known credential: <c>Bearer &lt;access token&gt;</c>, or Basic <c>user:app-password</c>.
/// Web pages (downloads) are open, as a reader's browser holds no token.
/// </summary>
internal sealed class BitbucketAuthMiddleware(RequestDelegate next, BitbucketState state)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/2.0"))
        {
            return next(context);
        }

        var credential = Authenticate(context.Request.Headers[HeaderNames.Authorization].ToString());
        if (credential is null)
        {
            throw BitbucketErrorException.Unauthorized();
        }

        BitbucketCaller.Set(context, credential);
        return next(context);
    }

    private BitbucketCredential? Authenticate(string header)
    {
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return null;
        }

        var scheme = header[..space];
        var value = header[(space + 1)..].Trim();
        if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return state.FindAccessToken(value);
        }

        if (!scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
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

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? null : state.FindAppPassword(decoded[..colon], decoded[(colon + 1)..]);
    }
}
