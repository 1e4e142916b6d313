using System.Text;
using ContinuousMl.Assets;
using ContinuousMl.Forges;
using ContinuousMl.GitLab;
using FakeForge;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.GitLab;

public class GitLabAssetStoreTests
{
    private const string UploadsPath = "/projects/acme%2Fmodel/uploads";

    private static Asset File(string name, string content) => new(name, "image/png", Encoding.UTF8.GetBytes(content));

    [Fact]
    public async Task Uploads_each_distinct_file_once_and_links_the_relative_url()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        var store = new GitLabAssetStore(fixture.Api(), NullLogger.Instance);

        var urls = await store.PublishAsync([File("a.png", "alpha"), File("b.PNG", "beta"), File("copy-of-a.png", "alpha")], CancellationToken.None);

        Assert.Equal(2, fixture.State.Uploads.Count);
        Assert.Equal(urls[0], urls[2]);
        Assert.NotEqual(urls[0], urls[1]);
        Assert.Matches("^/uploads/[0-9a-f]{32}/[0-9a-f]{64}\\.png$", urls[0]);
        Assert.EndsWith("/" + GitLabAssetStore.StoredName(File("b.PNG", "beta")), urls[1]);
        using var browser = new HttpClient();
        Assert.Equal("alpha", await browser.GetStringAsync($"{fixture.Fake.ServerUrl}/acme/model{urls[0]}"));
        Assert.Equal("beta", await browser.GetStringAsync($"{fixture.Fake.ServerUrl}/acme/model{urls[1]}"));
        Assert.All(fixture.State.Uploads, u => Assert.Equal("image/png", u.ContentType));
    }

    [Fact]
    public void Stored_names_are_content_addressed()
    {
        var name = GitLabAssetStore.StoredName(File("plot.PNG", "alpha"));

        Assert.Matches("^[0-9a-f]{64}\\.png$", name);
        Assert.Equal(name, GitLabAssetStore.StoredName(File("other-name.png", "alpha")));
        Assert.NotEqual(name, GitLabAssetStore.StoredName(File("plot.png", "beta")));
    }

    [Fact]
    public async Task Nothing_to_publish_makes_no_request()
    {
        await using var fixture = await GitLabFixture.StartAsync();

        var urls = await new GitLabAssetStore(fixture.Api(useCiApiUrl: false), NullLogger.Instance).PublishAsync([], CancellationToken.None);

        Assert.Empty(urls);
        Assert.Empty(fixture.State.Requests);
    }

    [Fact]
    public async Task An_upload_answered_502_is_sent_again()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddFault(new Fault("POST", "/uploads$", 502));

        var urls = await new GitLabAssetStore(fixture.Api(), NullLogger.Instance).PublishAsync([File("a.png", "alpha")], CancellationToken.None);

        Assert.Single(urls);
        Assert.Equal(2, fixture.Requests("POST", UploadsPath));
        Assert.Single(fixture.State.Uploads);
    }

    [Fact]
    public async Task A_read_api_token_cannot_upload()
    {
        await using var fixture = await GitLabFixture.StartAsync();
        fixture.State.AddToken("glpat-readApi", "reader", readApiOnly: true);

        var error = await Assert.ThrowsAsync<ForgeRequestException>(() =>
            new GitLabAssetStore(fixture.Api(token: "glpat-readApi"), NullLogger.Instance).PublishAsync([File("a.png", "alpha")], CancellationToken.None));

        Assert.Equal(403, error.StatusCode);
        Assert.Contains("upload a.png", error.Message);
        Assert.Empty(fixture.State.Uploads);
    }
}
