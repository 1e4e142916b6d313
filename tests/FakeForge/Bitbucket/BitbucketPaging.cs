using System.Globalization;
using System.Text.Json.Nodes;
using FakeForge.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace FakeForge.Bitbucket;

/// <summary>
/// Bitbucket's page envelope — <c>pagelen</c>, <c>size</c>, <c>page</c>, <c>values</c>, <c>next</c>,
/// <c>previous</c> — with <c>page</c> and <c>pagelen</c> (10 by default, at most 100) and <c>sort</c>
/// (<c>field</c> or <c>-field</c>) honoured. <c>q</c> is refused, so a client relying on filtering is noticed.
/// </summary>
internal static class BitbucketPaging
{
    private const int DefaultPageLength = 10;
    private const int MaxPageLength = 100;

    public static IResult Page<T>(HttpContext context, IReadOnlyList<T> items, Func<T, JsonNode> render, IReadOnlyDictionary<string, Func<T, IComparable>> sortFields)
    {
        var query = context.Request.Query;
        if (!string.IsNullOrEmpty(query["q"]))
        {
            throw new BitbucketErrorException(400, "The fake Bitbucket does not filter with q; filter on the client or extend the fake");
        }

        var sorted = Sort(items, query["sort"].ToString(), sortFields);
        var pageLength = Number(query["pagelen"].ToString(), DefaultPageLength, "pagelen");
        pageLength = Math.Min(pageLength, MaxPageLength);
        var page = Number(query["page"].ToString(), 1, "page");

        var values = new JsonArray(sorted.Skip((page - 1) * pageLength).Take(pageLength).Select(item => (JsonNode?)render(item)).ToArray());
        var json = new JsonObject
        {
            ["pagelen"] = pageLength,
            ["size"] = sorted.Count,
            ["page"] = page,
            ["values"] = values,
        };
        if (page * pageLength < sorted.Count)
        {
            json["next"] = PageUrl(context, page + 1);
        }

        if (page > 1)
        {
            json["previous"] = PageUrl(context, page - 1);
        }

        return new JsonNodeResult(json);
    }

    private static IReadOnlyList<T> Sort<T>(IReadOnlyList<T> items, string sort, IReadOnlyDictionary<string, Func<T, IComparable>> fields)
    {
        if (sort.Length == 0)
        {
            return items;
        }

        var descending = sort.StartsWith('-');
        var field = descending ? sort[1..] : sort;
        if (!fields.TryGetValue(field, out var key))
        {
            throw new BitbucketErrorException(400, $"Invalid field name: {field}");
        }

        return descending ? items.OrderByDescending(key).ToArray() : items.OrderBy(key).ToArray();
    }

    private static int Number(string value, int fallback, string name)
    {
        if (value.Length == 0)
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
            ? number
            : throw new BitbucketErrorException(400, $"Invalid {name}: {value}");
    }

    // The same request with another page number: Bitbucket's next links keep every other parameter.
    private static string PageUrl(HttpContext context, int page)
    {
        var request = context.Request;
        var parameters = QueryHelpers.ParseQuery(request.QueryString.Value);
        parameters["page"] = page.ToString(CultureInfo.InvariantCulture);
        var builder = new QueryBuilder();
        foreach (var (name, values) in parameters)
        {
            foreach (var value in values)
            {
                builder.Add(name, value ?? string.Empty);
            }
        }

        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{builder.ToQueryString()}";
    }
}
