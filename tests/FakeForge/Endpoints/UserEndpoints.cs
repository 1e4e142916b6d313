using FakeForge.Http;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Endpoints;

/// <summary><c>GET /user</c>: who the token is. Installation tokens are not users, and GitHub says so with a 403.</summary>
internal static class UserEndpoints
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/user", GetCurrent);

    private static IResult GetCurrent(HttpContext context, GitHubState state)
    {
        var caller = Caller.Of(context);
        if (caller.IsInstallation)
        {
            throw new ApiErrorException(403, "Resource not accessible by integration");
        }

        var json = UserJson.Render(UrlRoots.From(context, state), caller.User);
        json["name"] = caller.User.Login;
        json["email"] = null;
        return new JsonNodeResult(json);
    }
}
