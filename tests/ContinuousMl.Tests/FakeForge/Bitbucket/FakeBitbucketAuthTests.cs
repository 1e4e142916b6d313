using System.Net;
using System.Net.Http.Headers;
using global::FakeForge.Bitbucket;

namespace ContinuousMl.Tests.FakeForge.Bitbucket;

public sealed class FakeBitbucketAuthTests : FakeBitbucketTestBase
{
    [Fact]
    public async Task An_app_password_authenticates_as_Basic_and_acts_as_its_user()
    {
        using var client = Client(Basic(AppUser, AppPassword));

        using var response = await PostPullRequestCommentAsync("hi", client);
        var me = await ReadJsonAsync(await client.GetAsync("user"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(AppUser, Assert.Single(State.PullRequestComments(Workspace, Slug, 1)).Author.Nickname);
        Assert.Equal(AppUser, me["nickname"]!.GetValue<string>());
        Assert.StartsWith("{", me["uuid"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Bearer", "wrong")]
    [InlineData("Basic", "YWxpY2U6d3Jvbmc=")]
    [InlineData("token", AccessToken)]
    [InlineData(null, null)]
    public async Task Unknown_credentials_are_a_401(string? scheme, string? value)
    {
        using var client = Client(scheme is null ? null : new AuthenticationHeaderValue(scheme, value));

        using var response = await client.GetAsync($"{Repository}/pullrequests/1/comments");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("error", (await ReadJsonAsync(response))["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_repository_access_token_cannot_read_the_user_endpoint()
    {
        using var response = await Http.GetAsync("user");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not supported for this endpoint", (await ReadJsonAsync(response))["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_missing_scope_is_a_403_naming_granted_and_required_scopes()
    {
        State.AddAccessToken("read-only", "reader-bot", [BitbucketScopes.PullRequest]);
        using var client = Client(new AuthenticationHeaderValue("Bearer", "read-only"));

        using var read = await client.GetAsync($"{Repository}/pullrequests/1/comments");
        using var write = await PostPullRequestCommentAsync("x", client);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        var error = (await ReadJsonAsync(write))["error"]!;
        Assert.Equal("Your credentials lack one or more required privilege scopes.", error["message"]!.GetValue<string>());
        Assert.Equal("pullrequest:write", error["detail"]!["required"]![0]!.GetValue<string>());
        Assert.Contains("pullrequest", error["detail"]!["granted"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Empty(State.PullRequestComments(Workspace, Slug, 1));
    }

    [Fact]
    public async Task Pull_request_write_implies_repository_write()
    {
        State.AddAccessToken("pr-writer", "pr-bot", [BitbucketScopes.PullRequestWrite]);
        using var client = Client(new AuthenticationHeaderValue("Bearer", "pr-writer"));

        using var response = await client.PostAsync($"{Repository}/commit/{HeadSha}/comments", CommentBody("x"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task The_request_log_keeps_bodies_but_never_the_credentials()
    {
        using var client = Client(Basic(AppUser, AppPassword));
        await PostPullRequestCommentAsync("logged body", client);

        var request = Assert.Single(State.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/2.0/{Repository}/pullrequests/1/comments", request.Path);
        Assert.Contains("logged body", request.Body);
        Assert.True(request.HadAuthorization);
        Assert.DoesNotContain(AppPassword, request.ToString());
    }
}
