using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using global::FakeForge;

namespace ContinuousMl.Tests.FakeForge;

/// <summary>Starts a fake GitHub per test with one repository, one pull request and one token.</summary>
public abstract class FakeGitHubTestBase : IAsyncLifetime
{
    protected const string Owner = "octo";
    protected const string Repo = "models";
    protected const string Token = "tok";
    protected const string Login = "alice";
    protected const string HeadSha = "1111111111111111111111111111111111111111";

    private FakeGitHub? fake;

    protected FakeGitHub Fake => fake ?? throw new InvalidOperationException("not started");

    protected GitHubState State => Fake.State;

    protected HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeGitHub.StartAsync();
        State.AddToken(Token, Login);
        State.AddRepository(Owner, Repo);
        State.AddPullRequest(Owner, Repo, 1, HeadSha);
        Http = Client(Token);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Fake.DisposeAsync();
    }

    protected HttpClient Client(string? token, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = Fake.BaseUrl, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", token);
        }

        client.DefaultRequestHeaders.UserAgent.ParseAdd("cml-tests/1.0");
        return client;
    }

    protected static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    protected static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("null JSON");

    protected Task<HttpResponseMessage> PostCommentAsync(string body, HttpClient? client = null, string prefix = "") =>
        (client ?? Http).PostAsync($"{prefix}repos/{Owner}/{Repo}/issues/1/comments", Json(new JsonObject { ["body"] = body }));
}
