using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ContinuousMl.Tests.FakeForge;

public sealed partial class PaginationTests : FakeGitHubTestBase
{
    [Fact]
    public async Task Lists_250_comments_in_three_pages_of_100_with_GitHubs_link_header()
    {
        SeedComments(250);

        using var first = await Http.GetAsync($"repos/{Owner}/{Repo}/issues/1/comments?per_page=100");
        var firstLinks = Links(first);
        Assert.Equal(["next", "last"], firstLinks.Keys);
        Assert.Equal(2, PageOf(firstLinks["next"]));
        Assert.Equal(3, PageOf(firstLinks["last"]));
        Assert.Equal(100, (await ReadJsonAsync(first)).AsArray().Count);

        using var middle = await Http.GetAsync($"repos/{Owner}/{Repo}/issues/1/comments?per_page=100&page=2");
        Assert.Equal(["prev", "next", "last", "first"], Links(middle).Keys);

        using var last = await Http.GetAsync(new Uri(firstLinks["last"]));
        var lastLinks = Links(last);
        Assert.Equal(["prev", "first"], lastLinks.Keys);
        Assert.Equal(2, PageOf(lastLinks["prev"]));
        Assert.Equal(1, PageOf(lastLinks["first"]));
        var items = (await ReadJsonAsync(last)).AsArray();
        Assert.Equal(50, items.Count);
        Assert.Equal("comment 201", items[0]!["body"]!.GetValue<string>());
        Assert.Equal("comment 250", items[^1]!["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task Link_urls_are_absolute_keep_other_parameters_and_stay_under_the_enterprise_prefix()
    {
        SeedComments(5);

        using var response = await Http.GetAsync($"api/v3/repos/{Owner}/{Repo}/issues/1/comments?per_page=2&sort=created");

        var next = Links(response)["next"];
        Assert.Equal($"{Fake.BaseUrl}api/v3/repos/{Owner}/{Repo}/issues/1/comments?per_page=2&sort=created&page=2", next);
        Assert.Equal(3, PageOf(Links(response)["last"]));
    }

    [Fact]
    public async Task No_link_header_when_one_page_holds_everything()
    {
        SeedComments(30);

        using var response = await Http.GetAsync($"repos/{Owner}/{Repo}/issues/1/comments");

        Assert.False(response.Headers.Contains("Link"));
        Assert.Equal(30, (await ReadJsonAsync(response)).AsArray().Count);
    }

    [Fact]
    public async Task Per_page_defaults_to_30_and_is_capped_at_100()
    {
        SeedComments(150);

        using var byDefault = await Http.GetAsync($"repos/{Owner}/{Repo}/issues/1/comments");
        using var capped = await Http.GetAsync($"repos/{Owner}/{Repo}/issues/1/comments?per_page=500");

        Assert.Equal(30, (await ReadJsonAsync(byDefault)).AsArray().Count);
        Assert.Equal(5, PageOf(Links(byDefault)["last"]));
        Assert.Equal(100, (await ReadJsonAsync(capped)).AsArray().Count);
        Assert.Equal(2, PageOf(Links(capped)["last"]));
    }

    [Fact]
    public async Task Comments_are_listed_oldest_first_with_strictly_increasing_ids_and_timestamps()
    {
        SeedComments(3);

        using var response = await Http.GetAsync($"repos/{Owner}/{Repo}/issues/1/comments");

        var items = (await ReadJsonAsync(response)).AsArray().Select(c => c!).ToArray();
        var ids = items.Select(c => c["id"]!.GetValue<long>()).ToArray();
        var created = items.Select(c => DateTimeOffset.Parse(c["created_at"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(created.Order(), created);
        Assert.Equal(3, created.Distinct().Count());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", items[0]["created_at"]!.GetValue<string>());
        Assert.Equal($"{Fake.BaseUrl}{Owner}/{Repo}/pull/1#issuecomment-{ids[0]}", items[0]["html_url"]!.GetValue<string>());
    }

    private void SeedComments(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            State.SeedIssueComment(Owner, Repo, 1, $"comment {i}", "bob");
        }
    }

    private static Dictionary<string, string> Links(HttpResponseMessage response)
    {
        var header = string.Join(", ", response.Headers.GetValues("Link"));
        var links = new Dictionary<string, string>();
        foreach (Match match in LinkPattern().Matches(header))
        {
            links.Add(match.Groups["rel"].Value, match.Groups["url"].Value);
        }

        return links;
    }

    private static int PageOf(string url) =>
        int.Parse(PagePattern().Match(url).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("<(?<url>[^>]+)>; rel=\"(?<rel>\\w+)\"")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"[?&]page=(\d+)")]
    private static partial Regex PagePattern();
}
