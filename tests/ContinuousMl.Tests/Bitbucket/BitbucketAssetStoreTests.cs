using System.Security.Cryptography;
using ContinuousMl.Assets;
using ContinuousMl.Bitbucket;
using ContinuousMl.Forges;
using FakeForge;

namespace ContinuousMl.Tests.Bitbucket;

public class BitbucketAssetStoreTests
{
    private const string Workspace = BitbucketFixture.Workspace;
    private const string Slug = BitbucketFixture.Slug;

    private static Asset Png(byte seed, string name = "plot.png") => new(name, "image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47, seed });

    [Fact]
    public async Task Uploads_each_file_once_under_its_hash_and_links_the_web_download()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        var assets = new[] { Png(1, "a.PNG"), Png(2, "b.png"), Png(1, "copy-of-a.png") };

        var urls = await fixture.AssetStore().PublishAsync(assets, CancellationToken.None);

        var hash = Convert.ToHexStringLower(SHA256.HashData(assets[0].Content.Span));
        Assert.Equal($"{fixture.Fake.BaseUrl}{Workspace}/{Slug}/downloads/cml-{hash}.png", urls[0]);
        Assert.Equal(urls[0], urls[2]);
        Assert.NotEqual(urls[0], urls[1]);
        Assert.Equal(2, fixture.State.Downloads(Workspace, Slug).Count);
        Assert.Equal(2, fixture.State.Requests.Count(r => r.Method == "POST"));
        using var browser = new HttpClient();
        Assert.Equal(assets[1].Content.ToArray(), await browser.GetByteArrayAsync(urls[1]));
        Assert.Equal("image/png", fixture.State.Downloads(Workspace, Slug)[0].ContentType);
    }

    [Fact]
    public async Task A_second_run_finds_the_files_and_uploads_nothing()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        var assets = new[] { Png(1), Png(2) };
        var first = await fixture.AssetStore().PublishAsync(assets, CancellationToken.None);
        fixture.State.ClearRequests();

        var second = await fixture.AssetStore().PublishAsync(assets, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.DoesNotContain(fixture.State.Requests, r => r.Method == "POST");
        Assert.Equal(2, fixture.State.Requests.Count(r => r.Method == "GET"));
    }

    [Fact]
    public async Task An_upload_that_failed_with_a_5xx_is_retried_because_its_name_is_its_content()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddFault(new Fault("POST", "/downloads$", 502, AfterHandling: true));

        var urls = await fixture.AssetStore().PublishAsync([Png(3)], CancellationToken.None);

        Assert.Single(urls);
        Assert.Single(fixture.State.Downloads(Workspace, Slug));
        Assert.Equal(2, fixture.State.Requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task A_token_without_repository_write_gets_a_403_that_names_the_permission()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        fixture.State.AddAccessToken("reader", "reader-bot", ["pullrequest"]);
        var store = new BitbucketAssetStore(fixture.Client("reader"), fixture.Repository, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        var error = await Assert.ThrowsAsync<ForgeRequestException>(() => store.PublishAsync([Png(4)], CancellationToken.None));

        Assert.Equal(403, error.StatusCode);
        Assert.Contains("Repositories: Write", error.Message);
        Assert.Empty(fixture.State.Downloads(Workspace, Slug));
    }

    [Fact]
    public void Names_are_the_content_hash_and_the_lower_case_extension()
    {
        var name = BitbucketAssetStore.StorageName(new Asset("Loss Curve.SVG", "image/svg+xml", new byte[] { 1, 2, 3 }));

        Assert.Equal($"cml-{Convert.ToHexStringLower(SHA256.HashData(new byte[] { 1, 2, 3 }))}.svg", name);
    }
}
