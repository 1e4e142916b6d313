using System.Text.Json.Nodes;
using FakeForge.Json;
using Microsoft.AspNetCore.Http;

namespace FakeForge.Pagination;

/// <summary>Answers a list endpoint with one page of it and the Link header that leads to the others.</summary>
internal static class Paginator
{
    public static IResult Page<T>(HttpContext context, IReadOnlyList<T> items, Func<T, JsonNode> render)
    {
        var request = PageRequest.From(context.Request.Query);
        var link = LinkHeader.Build(context.Request, request.Page, request.LastPage(items.Count));
        if (link is not null)
        {
            context.Response.Headers["Link"] = link;
        }

        return new JsonNodeResult(new JsonArray(request.Slice(items).Select(render).ToArray()));
    }
}
