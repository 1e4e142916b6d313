using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Bitbucket.Endpoints;

/// <summary><c>GET /user</c>: the caller's account; repository access tokens are refused there.</summary>
internal static class BitbucketUserEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/2.0/user", (HttpContext context, BitbucketState state) =>
        {
            var caller = BitbucketCaller.Of(context);
            if (!caller.CanReadUser)
            {
                throw BitbucketErrorException.Unauthorized();
            }

            BitbucketScopes.Require(context, BitbucketScopes.Account);
            return new JsonNodeResult(BitbucketJson.User(caller.User, state));
        });
    }
}
