using System.Net.Http.Json;
using System.Text.Json.Nodes;
using global::FakeForge.GitLab;

namespace ContinuousMl.Tests.FakeForge.GitLab;

/// <summary>Starts a fake GitLab per test with one project, one merge request and one token.</summary>
public abstract class FakeGitLabTestBase : IAsyncLifetime
{
    protected const string ProjectPath = "acme/model";
    protected const string EncodedProject = "acme%2Fmodel";
    protected const string Token = "glpat-fakeForgeTests";
    protected const string Username = "alice";
    protected const long MergeRequest = 7;
    protected const string HeadSha = "1111111111111111111111111111111111111111";

    private FakeGitLab? fake;

    protected FakeGitLab Fake => fake ?? throw new InvalidOperationException("not started");

    protected GitLabState State => Fake.State;

    /// <summary>A client whose base is the API (<c>…/api/v4/</c>) and which sends the token.</summary>
    protected HttpClient Api { get; private set; } = null!;

    protected long ProjectId { get; private set; }

    /// <summary>The relative URL root to serve under; empty for the server's root.</summary>
    protected virtual string PathPrefix => string.Empty;

    public async Task InitializeAsync()
    {
        fake = await FakeGitLab.StartAsync(PathPrefix);
        State.AddToken(Token, Username);
        ProjectId = State.AddProject(ProjectPath);
        State.AddMergeRequest(ProjectPath, MergeRequest, HeadSha);
        Api = Client(Token);
    }

    public async Task DisposeAsync()
    {
        Api.Dispose();
        await Fake.DisposeAsync();
    }

    protected HttpClient Client(string? token)
    {
        var client = new HttpClient { BaseAddress = new Uri(Fake.ApiUrl + "/"), Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Add("PRIVATE-TOKEN", token);
        }

        return client;
    }

    protected static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("null JSON");

    protected static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : throw new InvalidOperationException($"no {name} header");

    protected Task<HttpResponseMessage> PostNoteAsync(string body, HttpClient? client = null) =>
        (client ?? Api).PostAsJsonAsync($"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes", new JsonObject { ["body"] = body });

    protected void SeedNotes(int count, string author = "bob")
    {
        for (var i = 1; i <= count; i++)
        {
            State.SeedMergeRequestNote(ProjectPath, MergeRequest, $"note {i}", author);
        }
    }
}
