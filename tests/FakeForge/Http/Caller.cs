using FakeForge.State;
using Microsoft.AspNetCore.Http;

namespace FakeForge.Http;

/// <summary>The token behind the current request, as the authentication middleware found it.</summary>
internal static class Caller
{
    public static void Set(HttpContext context, AccessToken token) => context.Items[typeof(Caller)] = token;

    public static AccessToken Of(HttpContext context) =>
        context.Items.TryGetValue(typeof(Caller), out var token) && token is AccessToken accessToken
            ? accessToken
            : throw new ApiErrorException(401, "Bad credentials");
}
