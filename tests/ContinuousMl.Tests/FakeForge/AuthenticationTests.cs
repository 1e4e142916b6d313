using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ContinuousMl.Tests.FakeForge;

public sealed class AuthenticationTests : FakeGitHubTestBase
{
    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Missing_or_unknown_tokens_get_401_bad_credentials(string? token)
    {
        using var client = Client(token);

        using var response = await client.GetAsync($"repos/{Owner}/{Repo}/issues/1/comments");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var json = await ReadJsonAsync(response);
        Assert.Equal("Bad credentials", json["message"]!.GetValue<string>());
        Assert.Equal("https://docs.github.com/rest", json["documentation_url"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("token", Token)]
    [InlineData("Bearer", Token)]
    [InlineData("Basic", "x-access-token:" + Token)]
    public async Task Token_bearer_and_basic_schemes_are_accepted(string scheme, string credential)
    {
        using var client = Client(null);
        var value = scheme == "Basic" ? Convert.ToBase64String(Encoding.UTF8.GetBytes(credential)) : credential;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, value);

        using var response = await client.GetAsync("user");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = await ReadJsonAsync(response);
        Assert.Equal(Login, user["login"]!.GetValue<string>());
        Assert.Equal("User", user["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Installation_tokens_cannot_ask_who_they_are_and_write_as_the_actions_bot()
    {
        State.AddToken("ghs_installation", "ignored", isInstallationToken: true);
        using var client = Client("ghs_installation");

        using var user = await client.GetAsync("user");
        using var created = await PostCommentAsync("from actions", client);

        Assert.Equal(HttpStatusCode.Forbidden, user.StatusCode);
        Assert.Equal("Resource not accessible by integration", (await ReadJsonAsync(user))["message"]!.GetValue<string>());
        var author = (await ReadJsonAsync(created))["user"]!;
        Assert.Equal("github-actions[bot]", author["login"]!.GetValue<string>());
        Assert.Equal("Bot", author["type"]!.GetValue<string>());
        Assert.Equal(41898282, author["id"]!.GetValue<long>());
    }

    [Fact]
    public async Task Read_only_tokens_can_read_but_not_write()
    {
        State.AddToken("fork-token", "contributor", readOnly: true);
        using var client = Client("fork-token");

        using var read = await client.GetAsync($"repos/{Owner}/{Repo}/issues/1/comments");
        using var write = await PostCommentAsync("nope", client);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal("Resource not accessible by integration", (await ReadJsonAsync(write))["message"]!.GetValue<string>());
        Assert.Empty(State.IssueComments(Owner, Repo, 1));
    }

    [Fact]
    public async Task Unknown_repositories_and_issues_are_404_not_found()
    {
        using var repository = await Http.GetAsync("repos/octo/missing/issues/1/comments");
        using var issue = await Http.GetAsync($"repos/{Owner}/{Repo}/issues/99/comments");

        Assert.Equal(HttpStatusCode.NotFound, repository.StatusCode);
        Assert.Equal("Not Found", (await ReadJsonAsync(repository))["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, issue.StatusCode);
    }

    [Fact]
    public async Task The_request_log_keeps_bodies_but_never_the_token()
    {
        const string secret = "ghp_SecretValue123";
        State.AddToken(secret, Login);
        using var client = Client(secret);

        using var response = await PostCommentAsync("logged", client);

        var logged = Assert.Single(State.Requests);
        Assert.Equal("POST", logged.Method);
        Assert.Equal($"/repos/{Owner}/{Repo}/issues/1/comments", logged.PathAndQuery);
        Assert.Equal("logged", JsonNode.Parse(logged.Body)!["body"]!.GetValue<string>());
        Assert.True(logged.HadAuthorization);
        Assert.DoesNotContain(secret, logged.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comment_bodies_over_65536_characters_are_a_validation_failure()
    {
        using var response = await PostCommentAsync(new string('x', 65537));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var json = await ReadJsonAsync(response);
        Assert.Equal("Validation Failed", json["message"]!.GetValue<string>());
        var error = json["errors"]![0]!;
        Assert.Equal("IssueComment", error["resource"]!.GetValue<string>());
        Assert.Equal("body is too long (maximum is 65536 characters)", error["message"]!.GetValue<string>());
    }
}
