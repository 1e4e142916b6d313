using ContinuousMl.Bitbucket;
using ContinuousMl.Ci;
using ContinuousMl.Http;
using FakeForge.Bitbucket;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.Bitbucket;

/// <summary>A fake Bitbucket plus our client on the real pipeline, for the Bitbucket forge's own tests.</summary>
public sealed class BitbucketFixture : IAsyncDisposable
{
    public const string Workspace = "acme";
    public const string Slug = "model";
    public const string Token = "ATCTT3xFfGN0-forgeTests";
    public const string Bot = "cml-bot";

    private BitbucketFixture(FakeBitbucket fake)
    {
        Fake = fake;
    }

    public FakeBitbucket Fake { get; }

    public BitbucketState State => Fake.State;

    public BitbucketRepository Repository => new(Workspace, Slug, BitbucketEndpoints.ServerBase(Fake.ApiUrl.AbsoluteUri));

    public static async Task<BitbucketFixture> StartAsync(bool tokenCanReadUser = true)
    {
        var fake = await FakeBitbucket.StartAsync();
        fake.State.AddRepository(Workspace, Slug);
        fake.State.AddAccessToken(Token, Bot, canReadUser: tokenCanReadUser);
        return new BitbucketFixture(fake);
    }

    public BitbucketClient Client(string token = Token) =>
        BitbucketClientFactory.Create(
            Fake.ApiUrl,
            BitbucketCredentials.FromToken(token),
            "0.0.0-test",
            new HttpPipelineOptions { BaseDelay = TimeSpan.FromMilliseconds(10) },
            NullLogger.Instance);

    public BitbucketForge Forge(string token = Token) => new(Client(token), Repository, NullLogger.Instance);

    public BitbucketAssetStore AssetStore() => new(Client(), Repository, NullLogger.Instance);

    public ValueTask DisposeAsync() => Fake.DisposeAsync();
}
