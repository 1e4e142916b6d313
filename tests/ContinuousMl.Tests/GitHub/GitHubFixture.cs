using ContinuousMl.GitHub;
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

    private GitHubFixture(FakeGitHub fake, IGitHubClient client)
    {
        Fake = fake;
        Client = client;
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
        return new GitHubFixture(fake, client);
    }

    public GitHubForge Forge(string? self = "octo-user") =>
        new(Client, Repository, NullLogger.Instance, _ => Task.FromResult(self));

    public GitHubAssetStore AssetStore() => new(Client, Repository, NullLogger.Instance);

    public ValueTask DisposeAsync() => Fake.DisposeAsync();
}
