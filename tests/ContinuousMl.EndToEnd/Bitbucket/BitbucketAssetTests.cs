namespace ContinuousMl.EndToEnd.Bitbucket;

// `cml asset publish` on Bitbucket: the repository's Downloads, named by content.
public class BitbucketAssetTests
{
    [Fact]
    public async Task Publishes_to_the_downloads_and_prints_the_download_url()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();

        var result = await job.RunAsync("asset", "publish", "plot.png", "--native");

        Assert.True(result.ExitCode == 0, result.ToString());
        var download = Assert.Single(job.State.Downloads(BitbucketPipelinesJob.Workspace, BitbucketPipelinesJob.Slug));
        Assert.Equal($"{job.Web}/{BitbucketPipelinesJob.Workspace}/{BitbucketPipelinesJob.Slug}/downloads/{download.Name}\n", result.Stdout);
        Assert.Matches("^cml-[0-9a-f]{64}\\.png$", download.Name);
        using var http = new HttpClient();
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(job.Checkout.Root, "plot.png")), await http.GetByteArrayAsync(result.Stdout.Trim()));
    }
}
