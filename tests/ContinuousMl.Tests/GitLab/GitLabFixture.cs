using ContinuousMl.Ci;
using ContinuousMl.GitLab;
using ContinuousMl.Http;
using FakeForge.GitLab;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.GitLab;

/// <summary>A fake GitLab with one project and token, plus our client on the real pipeline.</summary>
public sealed class GitLabFixture : IAsyncDisposable
{
    public const string Token = "glpat-forgeTests";
    public const string User = "project_1_bot_abc";

    /// <summary>The real pipeline with short back-offs, so retry tests stay quick.</summary>
    public static readonly HttpPipelineOptions FastPipeline = new() { BaseDelay = TimeSpan.FromMilliseconds(10) };

    private GitLabFixture(FakeGitLab fake, string projectPath)
    {
        Fake = fake;
        ProjectPath = projectPath;
    }

    public FakeGitLab Fake { get; }

    public GitLabState State => Fake.State;

    public string ProjectPath { get; }

    /// <summary>The project's web URL, as <c>--repo</c> or <c>CI_PROJECT_URL</c> gives it.</summary>
    public RepositoryUrl Repository => RepositoryUrl.Parse(Fake.ServerUrl + "/" + ProjectPath);

    public static async Task<GitLabFixture> StartAsync(string pathPrefix = "", string projectPath = "acme/model")
    {
        var fake = await FakeGitLab.StartAsync(pathPrefix);
        fake.State.AddProject(projectPath);
        fake.State.AddToken(Token, User);
        return new GitLabFixture(fake, projectPath);
    }

    /// <summary>A client; with <paramref name="useCiApiUrl"/> it is told the API base as CI_API_V4_URL would.</summary>
    public GitLabApi Api(bool useCiApiUrl = true, string token = Token, ILogger? logger = null) =>
        GitLabApi.Create(Repository, token, useCiApiUrl ? Fake.ApiUrl : null, "0.0.0-test", FastPipeline, logger ?? NullLogger.Instance);

    /// <summary>The forge; <paramref name="self"/> stands in for <c>GET /user</c>.</summary>
    public GitLabForge Forge(string? self = User, ILogger? logger = null, string token = Token) =>
        new(Api(token: token, logger: logger), logger ?? NullLogger.Instance, _ => Task.FromResult(self));

    /// <summary>The forge as the CLI builds it, asking <c>GET /user</c> who the token is.</summary>
    public GitLabForge ForgeAskingTheServer()
    {
        var api = Api();
        return new GitLabForge(api, NullLogger.Instance, GitLabForge.IdentityResolver(api, NullLogger.Instance));
    }

    public int Requests(string method, string pathSuffix) =>
        State.Requests.Count(r => r.Method == method && r.Path.EndsWith(pathSuffix, StringComparison.Ordinal));

    public ValueTask DisposeAsync() => Fake.DisposeAsync();
}
