using System.Globalization;
using System.Text.Json.Nodes;
using FakeForge.Json;
using Microsoft.AspNetCore.Http;

namespace FakeForge.GitLab;

/// <summary>
/// GitLab's offset pagination: <c>page</c> and <c>per_page</c> (default 20, at most 100) in, and <c>x-page</c>,
/// <c>x-per-page</c>, <c>x-next-page</c>, <c>x-prev-page</c> (empty at the ends), <c>x-total</c>,
/// <c>x-total-pages</c> and a <c>Link</c> header (prev, next, first, last) out.
/// </summary>
internal static class GitLabPaginator
{
    public const int DefaultPerPage = 20;
    public const int MaxPerPage = 100;

    public static IResult Page<T>(HttpContext context, IReadOnlyList<T> items, Func<T, JsonNode> render)
    {
        var query = context.Request.Query;
        var perPage = Math.Min(Number(query["per_page"], DefaultPerPage), MaxPerPage);
        var page = Number(query["page"], 1);
        var totalPages = Math.Max(1, (items.Count + perPage - 1) / perPage);

        var headers = context.Response.Headers;
        headers["x-page"] = Text(page);
        headers["x-per-page"] = Text(perPage);
        headers["x-total"] = Text(items.Count);
        headers["x-total-pages"] = Text(totalPages);
        headers["x-next-page"] = page < totalPages ? Text(page + 1) : string.Empty;
        headers["x-prev-page"] = page > 1 && page <= totalPages + 1 ? Text(page - 1) : string.Empty;

        var links = new List<string>();
        if (page > 1 && page <= totalPages + 1)
        {
            links.Add(Link(context.Request, page - 1, "prev"));
        }

        if (page < totalPages)
        {
            links.Add(Link(context.Request, page + 1, "next"));
        }

        links.Add(Link(context.Request, 1, "first"));
        links.Add(Link(context.Request, totalPages, "last"));
        headers["Link"] = string.Join(", ", links);

        var skip = (long)(page - 1) * perPage;
        var slice = skip >= items.Count ? [] : items.Skip((int)skip).Take(perPage);
        return new JsonNodeResult(new JsonArray(slice.Select(render).ToArray()));
    }

    private static string Link(HttpRequest request, int page, string rel)
    {
        var parameters = request.Query
            .Where(p => p.Key != "page")
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value.ToString())}")
            .Append("page=" + Text(page));
        return $"<{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{string.Join('&', parameters)}>; rel=\"{rel}\"";
    }

    private static int Number(string? text, int fallback) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 ? value : fallback;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
