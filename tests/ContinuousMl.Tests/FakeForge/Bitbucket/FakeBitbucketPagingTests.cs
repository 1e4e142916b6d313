using System.Net;

namespace ContinuousMl.Tests.FakeForge.Bitbucket;

public sealed class FakeBitbucketPagingTests : FakeBitbucketTestBase
{
    [Fact]
    public async Task Pages_carry_pagelen_size_page_and_absolute_next_and_previous_links()
    {
        for (var i = 0; i < 25; i++)
        {
            State.SeedPullRequestComment(Workspace, Slug, 1, $"c{i}", "reviewer");
        }

        var first = await ReadJsonAsync(await Http.GetAsync($"{Repository}/pullrequests/1/comments?sort=-created_on"));
        var next = first["next"]!.GetValue<string>();
        var second = await ReadJsonAsync(await Http.GetAsync(next));
        var third = await ReadJsonAsync(await Http.GetAsync(second["next"]!.GetValue<string>()));

        Assert.Equal(10, first["pagelen"]!.GetValue<int>());
        Assert.Equal(25, first["size"]!.GetValue<int>());
        Assert.Equal(1, first["page"]!.GetValue<int>());
        Assert.Null(first["previous"]);
        Assert.StartsWith($"{Fake.ApiUrl}/{Repository}/pullrequests/1/comments?", next);
        Assert.Contains("sort=-created_on", next);
        Assert.Contains("page=2", next);
        Assert.Equal(2, second["page"]!.GetValue<int>());
        Assert.NotNull(second["previous"]);
        Assert.Equal(5, third["values"]!.AsArray().Count);
        Assert.Null(third["next"]);
        Assert.Equal("c24", first["values"]![0]!["content"]!["raw"]!.GetValue<string>());
        Assert.Equal("c0", third["values"]![4]!["content"]!["raw"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(100, 100)]
    [InlineData(500, 100)]
    [InlineData(3, 3)]
    public async Task Pagelen_is_honoured_up_to_100(int asked, int expected)
    {
        for (var i = 0; i < 120; i++)
        {
            State.SeedPullRequestComment(Workspace, Slug, 1, $"c{i}", "reviewer");
        }

        var page = await ReadJsonAsync(await Http.GetAsync($"{Repository}/pullrequests/1/comments?pagelen={asked}"));

        Assert.Equal(expected, page["pagelen"]!.GetValue<int>());
        Assert.Equal(expected, page["values"]!.AsArray().Count);
    }

    [Fact]
    public async Task Unknown_sort_fields_and_q_filters_are_refused_rather_than_ignored()
    {
        using var sort = await Http.GetAsync($"{Repository}/pullrequests/1/comments?sort=-votes");
        using var filter = await Http.GetAsync($"{Repository}/pullrequests/1/comments?q=deleted%3Dfalse");

        Assert.Equal(HttpStatusCode.BadRequest, sort.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, filter.StatusCode);
        Assert.Contains("votes", (await ReadJsonAsync(sort))["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_commit_pull_requests_api_lists_the_pull_requests_of_a_commit()
    {
        State.AddPullRequest(Workspace, Slug, 2, HeadSha, source: "feature", state: "MERGED");

        var page = await ReadJsonAsync(await Http.GetAsync($"{Repository}/commit/{HeadSha}/pullrequests"));

        var values = page["values"]!.AsArray();
        Assert.Equal([1L, 2L], values.Select(v => v!["id"]!.GetValue<long>()));
        Assert.Equal("OPEN", values[0]!["state"]!.GetValue<string>());
        Assert.Equal("MERGED", values[1]!["state"]!.GetValue<string>());
        Assert.Equal($"{Fake.BaseUrl}{Workspace}/{Slug}/pull-requests/1", values[0]!["links"]!["html"]!["href"]!.GetValue<string>());
        Assert.Equal("feature", values[0]!["source"]!["branch"]!["name"]!.GetValue<string>());
        Assert.Equal("main", values[0]!["destination"]!["branch"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_the_commit_links_app_that_api_answers_404()
    {
        State.DisableCommitLinks(Workspace, Slug);

        using var response = await Http.GetAsync($"{Repository}/commit/{HeadSha}/pullrequests");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("pull request commit links", (await ReadJsonAsync(response))["error"]!["detail"]!.GetValue<string>());
    }
}
