using ContinuousMl.GitHub;
using ContinuousMl.GitHub.GraphQl;
using ContinuousMl.Http;
using FakeForge;
using Microsoft.Extensions.Logging.Abstractions;
using Octokit;

namespace ContinuousMl.Tests.GitHub;

/// <summary>FakeForge plus our Octokit client on the real pipeline, for the GitHub forge's own tests.</summary>
public sealed class GitHubFixture : IAsyncDisposable
{
    public const string Owner = "acme";
    public const string Name = "model";
    public const string Token = "ghp_forgeTests";

    private readonly HttpPipelineOptions options;

    private GitHubFixture(FakeGitHub fake, IGitHubClient client, HttpPipelineOptions options)
    {
        Fake = fake;
        Client = client;
        this.options = options;
    }

    public FakeGitHub Fake { get; }

    public GitHubState State => Fake.State;

    public IGitHubClient Client { get; }

    public GitHubRepository Repository => new(Owner, Name, Fake.BaseUrl.AbsoluteUri.TrimEnd('/'));

    public static async Task<GitHubFixture> StartAsync(string login = "octo-user")
    {
        var fake = await FakeGitHub.StartAsync();
        fake.State.AddRepository(Owner, Name);
        fake.State.AddToken(Token, login);
        var options = new HttpPipelineOptions { BaseDelay = TimeSpan.FromMilliseconds(10) };
        var client = GitHubClientFactory.Create(fake.BaseUrl, Token, "0.0.0-test", options, NullLogger.Instance);
        return new GitHubFixture(fake, client, options);
    }

    public GitHubForge Forge(string? self = "octo-user") =>
        new(Client, Repository, NullLogger.Instance, _ => Task.FromResult(self));

    /// <param name="graphQl">Read the branch through GraphQL (as cml does) rather than REST.</param>
    public GitHubAssetStore AssetStore(bool graphQl = false) => new(
        Client,
        Repository,
        NullLogger.Instance,
        graphQl: graphQl ? GraphQl() : null);

    public GitHubGraphQlClient GraphQl() => GitHubGraphQlClient.Create(Fake.BaseUrl, Token, "0.0.0-test", options, NullLogger.Instance);

    public ValueTask DisposeAsync() => Fake.DisposeAsync();
}
