using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using global::FakeForge.Bitbucket;

namespace ContinuousMl.Tests.FakeForge.Bitbucket;

/// <summary>Starts a fake Bitbucket per test with one repository, one pull request, an access token and an app password.</summary>
public abstract class FakeBitbucketTestBase : IAsyncLifetime
{
    protected const string Workspace = "acme";
    protected const string Slug = "model";
    protected const string AccessToken = "ATCTT3xFfGN0-access";
    protected const string Bot = "cml-bot";
    protected const string AppUser = "alice";
    protected const string AppPassword = "app-pass-123";
    protected const string HeadSha = "1111111111111111111111111111111111111111";

    private FakeBitbucket? fake;

    protected FakeBitbucket Fake => fake ?? throw new InvalidOperationException("not started");

    protected BitbucketState State => Fake.State;

    /// <summary>Authenticated with the access token, based at the API root (<c>…/2.0/</c>).</summary>
    protected HttpClient Http { get; private set; } = null!;

    protected string Repository => $"repositories/{Workspace}/{Slug}";

    public async Task InitializeAsync()
    {
        fake = await FakeBitbucket.StartAsync();
        State.AddAccessToken(AccessToken, Bot);
        State.AddAppPassword(AppUser, AppPassword);
        State.AddRepository(Workspace, Slug);
        State.AddPullRequest(Workspace, Slug, 1, HeadSha);
        Http = Client(new AuthenticationHeaderValue("Bearer", AccessToken));
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Fake.DisposeAsync();
    }

    protected HttpClient Client(AuthenticationHeaderValue? authorization)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(Fake.ApiUrl.AbsoluteUri + "/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.Authorization = authorization;
        return client;
    }

    protected static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    protected static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    protected static StringContent CommentBody(string raw) => Json(new JsonObject { ["content"] = new JsonObject { ["raw"] = raw } });

    protected static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("null JSON");

    protected Task<HttpResponseMessage> PostPullRequestCommentAsync(string raw, HttpClient? client = null) =>
        (client ?? Http).PostAsync($"{Repository}/pullrequests/1/comments", CommentBody(raw));
}
