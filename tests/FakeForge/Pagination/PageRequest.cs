using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace FakeForge.Pagination;

/// <summary>
/// <c>page</c> and <c>per_page</c> as GitHub reads them: per_page defaults to 30 and is capped at 100, page
/// defaults to 1; anything unreadable falls back to the default.
/// </summary>
internal readonly record struct PageRequest(int Page, int PerPage)
{
    public const int DefaultPerPage = 30;
    public const int MaxPerPage = 100;

    public static PageRequest From(IQueryCollection query)
    {
        var perPage = Number(query["per_page"], DefaultPerPage);
        var page = Number(query["page"], 1);
        return new PageRequest(page, Math.Min(perPage, MaxPerPage));
    }

    public IEnumerable<T> Slice<T>(IReadOnlyList<T> items)
    {
        var skip = (long)(Page - 1) * PerPage;
        return skip >= items.Count ? [] : items.Skip((int)skip).Take(PerPage);
    }

    public int LastPage(int itemCount) => Math.Max(1, (itemCount + PerPage - 1) / PerPage);

    private static int Number(string? text, int fallback) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 ? value : fallback;
}
