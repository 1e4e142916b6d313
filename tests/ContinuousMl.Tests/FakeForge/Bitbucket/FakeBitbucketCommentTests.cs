using System.Net;
using System.Text.Json.Nodes;

namespace ContinuousMl.Tests.FakeForge.Bitbucket;

public sealed class FakeBitbucketCommentTests : FakeBitbucketTestBase
{
    [Fact]
    public async Task A_created_comment_has_Bitbucket_s_shape_with_web_and_api_links()
    {
        using var response = await PostPullRequestCommentAsync("# Report\n\n<details>x</details>");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await ReadJsonAsync(response);
        var stored = Assert.Single(State.PullRequestComments(Workspace, Slug, 1));
        Assert.Equal(stored.Id, json["id"]!.GetValue<long>());
        Assert.Equal("pullrequest_comment", json["type"]!.GetValue<string>());
        Assert.Equal("# Report\n\n<details>x</details>", json["content"]!["raw"]!.GetValue<string>());
        Assert.Contains("&lt;details&gt;", json["content"]!["html"]!.GetValue<string>());
        Assert.Equal($"{Fake.BaseUrl}{Workspace}/{Slug}/pull-requests/1/_/diff#comment-{stored.Id}", json["links"]!["html"]!["href"]!.GetValue<string>());
        Assert.Equal($"{Fake.ApiUrl}/{Repository}/pullrequests/1/comments/{stored.Id}", json["links"]!["self"]!["href"]!.GetValue<string>());
        Assert.Equal(response.Headers.Location?.AbsoluteUri, json["links"]!["self"]!["href"]!.GetValue<string>());
        Assert.Equal(Bot, json["user"]!["nickname"]!.GetValue<string>());
        Assert.Equal("app_user", json["user"]!["type"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$", json["created_on"]!.GetValue<string>());
        Assert.False(json["deleted"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Comments_are_listed_oldest_first_unless_sorted_newest_first()
    {
        var first = State.SeedPullRequestComment(Workspace, Slug, 1, "first", "reviewer");
        var second = State.SeedPullRequestComment(Workspace, Slug, 1, "second", "reviewer");

        var ascending = await ReadJsonAsync(await Http.GetAsync($"{Repository}/pullrequests/1/comments"));
        var descending = await ReadJsonAsync(await Http.GetAsync($"{Repository}/pullrequests/1/comments?sort=-created_on"));

        Assert.Equal([first.Id, second.Id], Ids(ascending));
        Assert.Equal([second.Id, first.Id], Ids(descending));
    }

    [Fact]
    public async Task Update_replaces_the_raw_content_and_only_the_author_may()
    {
        var ours = State.SeedPullRequestComment(Workspace, Slug, 1, "old", Bot);
        var theirs = State.SeedPullRequestComment(Workspace, Slug, 1, "not yours", "reviewer");

        using var updated = await Http.PutAsync($"{Repository}/pullrequests/1/comments/{ours.Id}", CommentBody("new"));
        using var refused = await Http.PutAsync($"{Repository}/pullrequests/1/comments/{theirs.Id}", CommentBody("hijack"));

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(["new", "not yours"], State.PullRequestComments(Workspace, Slug, 1).Select(c => c.Body));
        Assert.True(State.PullRequestComments(Workspace, Slug, 1)[0].UpdatedOn > ours.UpdatedOn);
    }

    [Fact]
    public async Task Commit_and_issue_comments_live_on_their_own_paths()
    {
        State.AddIssue(Workspace, Slug, 3);

        using var commit = await Http.PostAsync($"{Repository}/commit/{HeadSha}/comments", CommentBody("on the commit"));
        using var issue = await Http.PostAsync($"{Repository}/issues/3/comments", CommentBody("on the issue"));

        Assert.Equal(HttpStatusCode.Created, commit.StatusCode);
        Assert.Equal(HttpStatusCode.Created, issue.StatusCode);
        Assert.Equal("commit_comment", (await ReadJsonAsync(commit))["type"]!.GetValue<string>());
        Assert.Equal("issue_comment", (await ReadJsonAsync(issue))["type"]!.GetValue<string>());
        Assert.Equal("on the commit", Assert.Single(State.CommitComments(Workspace, Slug, HeadSha)).Body);
        Assert.Equal("on the issue", Assert.Single(State.IssueComments(Workspace, Slug, 3)).Body);
        Assert.Empty(State.PullRequestComments(Workspace, Slug, 1));
    }

    [Fact]
    public async Task A_body_of_32768_characters_is_refused_with_the_bare_page_Bitbucket_sends()
    {
        using var accepted = await PostPullRequestCommentAsync(new string('a', 32_767));
        using var refused = await PostPullRequestCommentAsync(new string('a', 32_768));

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<h1>Bad Request (400)</h1>", await refused.Content.ReadAsStringAsync());
        Assert.Single(State.PullRequestComments(Workspace, Slug, 1));
    }

    [Fact]
    public async Task Characters_are_counted_as_code_points()
    {
        // 20,000 emoji: 40,000 UTF-16 units, but 20,000 characters for Bitbucket.
        using var response = await PostPullRequestCommentAsync(string.Concat(Enumerable.Repeat("😀", 20_000)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task An_empty_body_names_the_field()
    {
        using var response = await Http.PostAsync($"{Repository}/pullrequests/1/comments", Json(new JsonObject { ["content"] = new JsonObject() }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await ReadJsonAsync(response))["error"]!;
        Assert.Equal("This field is required.", error["fields"]!["content.raw"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_pull_requests_and_routes_are_Bitbucket_s_json_404()
    {
        using var missing = await Http.PostAsync($"{Repository}/pullrequests/99/comments", CommentBody("x"));
        using var route = await Http.GetAsync("nothing/here");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var json = await ReadJsonAsync(missing);
        Assert.Equal("error", json["type"]!.GetValue<string>());
        Assert.Equal("Resource not found", json["error"]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, route.StatusCode);
        Assert.Contains("There is no API hosted at this URL", (await ReadJsonAsync(route))["error"]!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deleted_comments_stay_in_the_list_emptied()
    {
        var gone = State.SeedPullRequestComment(Workspace, Slug, 1, "oops", Bot);
        State.DeleteComment(Workspace, Slug, gone.Id);

        var json = await ReadJsonAsync(await Http.GetAsync($"{Repository}/pullrequests/1/comments"));

        var item = Assert.Single(json["values"]!.AsArray())!;
        Assert.True(item["deleted"]!.GetValue<bool>());
        Assert.Equal(string.Empty, item["content"]!["raw"]!.GetValue<string>());
    }

    private static long[] Ids(JsonNode page) => page["values"]!.AsArray().Select(v => v!["id"]!.GetValue<long>()).ToArray();
}
