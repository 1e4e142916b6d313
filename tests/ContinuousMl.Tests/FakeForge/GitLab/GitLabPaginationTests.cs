using System.Text.RegularExpressions;

namespace ContinuousMl.Tests.FakeForge.GitLab;

public sealed partial class GitLabPaginationTests : FakeGitLabTestBase
{
    [Fact]
    public async Task Lists_250_notes_in_three_pages_with_gitlabs_headers()
    {
        SeedNotes(250);

        using var first = await Api.GetAsync($"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes?per_page=100");

        Assert.Equal("1", Header(first, "x-page"));
        Assert.Equal("100", Header(first, "x-per-page"));
        Assert.Equal("250", Header(first, "x-total"));
        Assert.Equal("3", Header(first, "x-total-pages"));
        Assert.Equal("2", Header(first, "x-next-page"));
        Assert.Equal(string.Empty, Header(first, "x-prev-page"));
        Assert.Equal(["next", "first", "last"], Links(first).Keys);
        Assert.Equal(100, (await ReadJsonAsync(first)).AsArray().Count);

        using var last = await Api.GetAsync(new Uri(Links(first)["last"]));
        Assert.Equal("3", Header(last, "x-page"));
        Assert.Equal(string.Empty, Header(last, "x-next-page"));
        Assert.Equal("2", Header(last, "x-prev-page"));
        Assert.Equal(["prev", "first", "last"], Links(last).Keys);
        Assert.Equal(50, (await ReadJsonAsync(last)).AsArray().Count);
    }

    [Fact]
    public async Task Link_urls_keep_the_encoded_project_and_the_other_parameters()
    {
        SeedNotes(5);

        using var response = await Api.GetAsync($"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes?sort=asc&per_page=2");

        Assert.Equal(
            $"{Fake.ApiUrl}/projects/{EncodedProject}/merge_requests/{MergeRequest}/notes?sort=asc&per_page=2&page=2",
            Links(response)["next"]);
    }

    [Fact]
    public async Task Per_page_defaults_to_20_and_is_capped_at_100()
    {
        SeedNotes(150);

        using var byDefault = await Api.GetAsync($"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes");
        using var capped = await Api.GetAsync($"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes?per_page=500");

        Assert.Equal(20, (await ReadJsonAsync(byDefault)).AsArray().Count);
        Assert.Equal("8", Header(byDefault, "x-total-pages"));
        Assert.Equal(100, (await ReadJsonAsync(capped)).AsArray().Count);
        Assert.Equal("2", Header(capped, "x-total-pages"));
    }

    [Fact]
    public async Task Notes_are_newest_first_by_default_and_oldest_first_with_sort_asc()
    {
        SeedNotes(3);

        using var byDefault = await Api.GetAsync($"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes");
        using var ascending = await Api.GetAsync($"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes?sort=asc&order_by=created_at");

        Assert.Equal(["note 3", "note 2", "note 1"], Bodies(await ReadJsonAsync(byDefault)));
        Assert.Equal(["note 1", "note 2", "note 3"], Bodies(await ReadJsonAsync(ascending)));
    }

    [Fact]
    public async Task Order_by_updated_at_puts_the_last_edited_note_first()
    {
        var oldest = State.SeedMergeRequestNote(ProjectPath, MergeRequest, "mine", Username);
        SeedNotes(2);
        using var edit = await Api.PutAsync(
            $"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes/{oldest.Id}",
            new FormUrlEncodedContent([new("body", "mine, edited")]));
        Assert.True(edit.IsSuccessStatusCode);

        using var response = await Api.GetAsync($"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes?order_by=updated_at&sort=desc");

        Assert.Equal(["mine, edited", "note 2", "note 1"], Bodies(await ReadJsonAsync(response)));
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty()
    {
        SeedNotes(3);

        using var response = await Api.GetAsync($"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes?page=5");

        Assert.Empty((await ReadJsonAsync(response)).AsArray());
        Assert.Equal(string.Empty, Header(response, "x-next-page"));
    }

    private static string[] Bodies(System.Text.Json.Nodes.JsonNode json) =>
        json.AsArray().Select(n => n!["body"]!.GetValue<string>()).ToArray();

    private static Dictionary<string, string> Links(HttpResponseMessage response)
    {
        var links = new Dictionary<string, string>();
        foreach (Match match in LinkPattern().Matches(Header(response, "Link")))
        {
            links.Add(match.Groups["rel"].Value, match.Groups["url"].Value);
        }

        return links;
    }

    [GeneratedRegex("<(?<url>[^>]+)>; rel=\"(?<rel>\\w+)\"")]
    private static partial Regex LinkPattern();
}
