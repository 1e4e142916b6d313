using System.Text;
using ContinuousMl.Assets;
using ContinuousMl.GitHub;

namespace ContinuousMl.Tests.GitHub;

public class GitHubAssetStoreTests
{
    private const string Owner = GitHubFixture.Owner;
    private const string Name = GitHubFixture.Name;

    private static Asset File(string name, string content) => new(name, "image/png", Encoding.UTF8.GetBytes(content));

    private static string CommitOf(string url) => url.Split("/blob/")[1].Split('/')[0];

    [Fact]
    public async Task Publishes_to_an_orphan_branch_and_links_each_file_at_its_commit()
    {
        await using var fixture = await GitHubFixture.StartAsync();

        var urls = await fixture.AssetStore().PublishAsync([File("a.png", "alpha"), File("b.png", "beta")], CancellationToken.None);

        var head = fixture.State.RefSha(Owner, Name, "heads/cml-assets");
        Assert.NotNull(head);
        Assert.Empty(fixture.State.GitCommit(Owner, Name, head!)!.Parents);
        Assert.Equal(2, urls.Count);
        for (var i = 0; i < 2; i++)
        {
            var path = GitHubAssetStore.StoragePath(i == 0 ? File("a.png", "alpha") : File("b.png", "beta"));
            Assert.Equal($"{fixture.Repository.ServerUrl}/{Owner}/{Name}/blob/{head}/{path}?raw=true", urls[i]);
            Assert.Equal(i == 0 ? "alpha" : "beta", Encoding.UTF8.GetString(fixture.State.ReadFileAtCommit(Owner, Name, head!, path)!));
        }
    }

    [Fact]
    public void Paths_are_content_addressed()
    {
        var path = GitHubAssetStore.StoragePath(File("plot.PNG", "alpha"));

        Assert.Matches("^[0-9a-f]{2}/[0-9a-f]{64}\\.png$", path);
        Assert.Equal(path[..2], path[3..5]);
        Assert.Equal(path, GitHubAssetStore.StoragePath(File("other-name.png", "alpha")));
        Assert.NotEqual(path, GitHubAssetStore.StoragePath(File("plot.png", "beta")));
    }

    [Fact]
    public async Task A_rerun_with_the_same_files_writes_nothing()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        var store = fixture.AssetStore();
        var first = await store.PublishAsync([File("a.png", "alpha")], CancellationToken.None);
        fixture.State.ClearRequests();

        var second = await store.PublishAsync([File("a.png", "alpha")], CancellationToken.None);

        Assert.Equal(first, second);
        Assert.DoesNotContain(fixture.State.Requests, r => r.Method != "GET");
    }

    [Fact]
    public async Task New_files_are_added_on_top_of_the_branch()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        var store = fixture.AssetStore();
        var first = await store.PublishAsync([File("a.png", "alpha")], CancellationToken.None);
        fixture.State.ClearRequests();

        var second = await store.PublishAsync([File("a.png", "alpha"), File("b.png", "beta"), File("b2.png", "beta")], CancellationToken.None);

        var head = fixture.State.RefSha(Owner, Name, "heads/cml-assets")!;
        Assert.Equal([CommitOf(first[0])], fixture.State.GitCommit(Owner, Name, head)!.Parents);
        Assert.All(second, url => Assert.Equal(head, CommitOf(url)));
        Assert.Equal(second[1], second[2]);
        Assert.Equal(1, fixture.State.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/git/blobs", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_branch_moved_by_another_job_is_not_overwritten()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        var store = fixture.AssetStore();
        await store.PublishAsync([File("a.png", "alpha")], CancellationToken.None);
        var other = fixture.State.CommitFiles(Owner, Name, "cml-assets", new Dictionary<string, byte[]> { ["zz/other.png"] = Encoding.UTF8.GetBytes("other") }, "another job");

        var urls = await store.PublishAsync([File("b.png", "beta")], CancellationToken.None);

        var head = fixture.State.RefSha(Owner, Name, "heads/cml-assets")!;
        Assert.Equal(head, CommitOf(urls[0]));
        Assert.Equal([other], fixture.State.GitCommit(Owner, Name, head)!.Parents);
        Assert.NotNull(fixture.State.ReadFileAtCommit(Owner, Name, head, "zz/other.png"));
    }
}
