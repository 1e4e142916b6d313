using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace FakeForge.Pagination;

/// <summary>
/// GitHub's <c>Link</c> header: absolute URLs of the same request with another <c>page</c>, other query
/// parameters kept, in GitHub's order (prev, next, last, first). Octokit splits the header on commas, so the
/// URLs must not contain any.
/// </summary>
internal static class LinkHeader
{
    /// <returns>null when everything fits on the one page asked for.</returns>
    public static string? Build(HttpRequest request, int page, int lastPage)
    {
        if (page == 1 && lastPage == 1)
        {
            return null;
        }

        var links = new List<string>();
        if (page > 1)
        {
            links.Add(Link(request, page - 1, "prev"));
        }

        if (page < lastPage)
        {
            links.Add(Link(request, page + 1, "next"));
            links.Add(Link(request, lastPage, "last"));
        }

        if (page > 1)
        {
            links.Add(Link(request, 1, "first"));
        }

        return string.Join(", ", links);
    }

    private static string Link(HttpRequest request, int page, string rel) =>
        $"<{PageUrl(request, page)}>; rel=\"{rel}\"";

    private static string PageUrl(HttpRequest request, int page)
    {
        var pageParameter = "page=" + page.ToString(CultureInfo.InvariantCulture);
        var parameters = request.QueryString.HasValue
            ? request.QueryString.Value!.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).ToList()
            : [];
        var index = parameters.FindIndex(p => p == "page" || p.StartsWith("page=", StringComparison.Ordinal));
        if (index >= 0)
        {
            parameters[index] = pageParameter;
        }
        else
        {
            parameters.Add(pageParameter);
        }

        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{string.Join('&', parameters)}";
    }
}
