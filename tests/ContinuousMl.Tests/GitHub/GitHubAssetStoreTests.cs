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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Publishes_to_an_orphan_branch_and_links_each_file_at_its_commit(bool graphQl)
    {
        await using var fixture = await GitHubFixture.StartAsync();

        var urls = await fixture.AssetStore(graphQl).PublishAsync([File("a.png", "alpha"), File("b.png", "beta")], CancellationToken.None);

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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_rerun_with_the_same_files_writes_nothing(bool graphQl)
    {
        await using var fixture = await GitHubFixture.StartAsync();
        var store = fixture.AssetStore(graphQl);
        var first = await store.PublishAsync([File("a.png", "alpha")], CancellationToken.None);
        fixture.State.ClearRequests();

        var second = await store.PublishAsync([File("a.png", "alpha")], CancellationToken.None);

        Assert.Equal(first, second);
        Assert.DoesNotContain(fixture.State.Requests, r => r.Method != "GET" && r.Path != "/graphql");
    }

    [Fact]
    public async Task Through_GraphQL_a_rerun_reads_the_branch_in_one_request()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        var store = fixture.AssetStore(graphQl: true);
        await store.PublishAsync([File("a.png", "alpha"), File("b.png", "beta")], CancellationToken.None);
        fixture.State.ClearRequests();

        await store.PublishAsync([File("b.png", "beta"), File("a.png", "alpha")], CancellationToken.None);

        var request = Assert.Single(fixture.State.Requests);
        Assert.Equal(("POST", "/graphql"), (request.Method, request.Path));
    }

    [Fact]
    public async Task A_GraphQL_endpoint_that_refuses_the_query_leaves_the_read_to_REST()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        var first = await fixture.AssetStore(graphQl: true).PublishAsync([File("a.png", "alpha")], CancellationToken.None);
        fixture.State.AddFault(new global::FakeForge.Fault("POST", "^/graphql$", 400));
        fixture.State.ClearRequests();

        var second = await fixture.AssetStore(graphQl: true).PublishAsync([File("a.png", "alpha")], CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Contains(fixture.State.Requests, r => r.Method == "GET" && r.Path.EndsWith("/git/refs/heads/cml-assets", StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.State.Requests, r => r.Method != "GET" && r.Path != "/graphql");
    }

    [Fact]
    public async Task Through_GraphQL_a_repository_the_token_cannot_see_is_reported_by_the_write()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        var store = new GitHubAssetStore(
            fixture.Client,
            new GitHubRepository(Owner, "missing", fixture.Repository.ServerUrl),
            Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance,
            graphQl: fixture.GraphQl());

        var error = await Assert.ThrowsAsync<ContinuousMl.Forges.ForgeRequestException>(() => store.PublishAsync([File("a.png", "alpha")], CancellationToken.None));

        Assert.Equal(404, error.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task New_files_are_added_on_top_of_the_branch(bool graphQl)
    {
        await using var fixture = await GitHubFixture.StartAsync();
        var store = fixture.AssetStore(graphQl);
        var first = await store.PublishAsync([File("a.png", "alpha")], CancellationToken.None);
        fixture.State.ClearRequests();

        var second = await store.PublishAsync([File("a.png", "alpha"), File("b.png", "beta"), File("b2.png", "beta")], CancellationToken.None);

        var head = fixture.State.RefSha(Owner, Name, "heads/cml-assets")!;
        Assert.Equal([CommitOf(first[0])], fixture.State.GitCommit(Owner, Name, head)!.Parents);
        Assert.All(second, url => Assert.Equal(head, CommitOf(url)));
        Assert.Equal(second[1], second[2]);
        Assert.Equal(1, fixture.State.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/git/blobs", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_branch_moved_by_another_job_is_not_overwritten(bool graphQl)
    {
        await using var fixture = await GitHubFixture.StartAsync();
        var store = fixture.AssetStore(graphQl);
        await store.PublishAsync([File("a.png", "alpha")], CancellationToken.None);
        var other = fixture.State.CommitFiles(Owner, Name, "cml-assets", new Dictionary<string, byte[]> { ["zz/other.png"] = Encoding.UTF8.GetBytes("other") }, "another job");

        var urls = await store.PublishAsync([File("b.png", "beta")], CancellationToken.None);

        var head = fixture.State.RefSha(Owner, Name, "heads/cml-assets")!;
        Assert.Equal(head, CommitOf(urls[0]));
        Assert.Equal([other], fixture.State.GitCommit(Owner, Name, head)!.Parents);
        Assert.NotNull(fixture.State.ReadFileAtCommit(Owner, Name, head, "zz/other.png"));
    }
}
