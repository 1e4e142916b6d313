using ContinuousMl.EndToEnd.Checks;
using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.Assets;

// `cml asset publish` (and `publish`) on GitHub: the cml-assets branch by default, CML's asset protocol with --url.
public class AssetPublishTests
{
    private const string Owner = GitHubActionsJob.Owner;
    private const string Name = GitHubActionsJob.Name;

    [Fact]
    public async Task Prints_the_URL_of_the_file_on_the_assets_branch_and_the_URL_serves_it()
    {
        await using var job = await GitHubActionsJob.StartAsync();

        var result = await job.RunAsync("asset", "publish", "plot.png");

        Assert.True(result.ExitCode == 0, result.ToString());
        var url = result.Stdout.TrimEnd('\n');
        Assert.DoesNotContain('\n', url);
        Assert.StartsWith($"{job.Server}/{Owner}/{Name}/blob/", url);
        using var http = new HttpClient();
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(job.Workspace.Root, "plot.png")), await http.GetByteArrayAsync(url));
    }

    [Theory]
    [InlineData(new string[0], "![]({0})")]
    [InlineData(new[] { "--title", "loss" }, "![]({0} \"loss\")")]
    [InlineData(new[] { "-t", "say \"hi\"" }, "![]({0} \"say \\\"hi\\\"\")")]
    public async Task Md_prints_an_image_for_an_image(string[] title, string expected)
    {
        await using var job = await GitHubActionsJob.StartAsync();
        var url = (await job.RunAsync("asset", "publish", "plot.png")).Stdout.Trim();

        var result = await job.RunAsync(["asset", "publish", "plot.png", "--md", .. title]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, url) + "\n", result.Stdout);
    }

    [Fact]
    public async Task Md_prints_a_link_for_anything_else()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.Workspace.Write("data/scores.csv", "epoch,loss\n1,0.5\n");

        var result = await job.RunAsync("asset", "publish", "data/scores.csv", "--md", "--title", "Scores");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"^\[Scores\]\(http://127\.0\.0\.1:\d+/acme/model/blob/[0-9a-f]{40}/[0-9a-f]{2}/[0-9a-f]{64}\.csv\?raw=true\)\n$", result.Stdout);
    }

    [Fact]
    public async Task File_replaces_the_file_with_the_output_as_CML_does_and_prints_nothing()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        var output = job.Workspace.Write("out.md", "old content that CML would replace\n");

        var result = await job.RunAsync("asset", "publish", "plot.png", "--md", "-f", "out.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Matches(@"^!\[\]\(http://127\.0\.0\.1:\d+/acme/model/blob/[0-9a-f]{40}/[0-9a-f]{2}/[0-9a-f]{64}\.png\?raw=true\)$", await File.ReadAllTextAsync(output));
    }

    [Fact]
    public async Task Url_uses_CMLs_asset_protocol_without_a_token_and_marks_the_type()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.Environment.Remove("REPO_TOKEN");

        var result = await job.RunAsync("asset", "publish", "plot.png", "--url", $"{job.Server}/_assets/upload");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/_assets/1\?cml=png&cache-bypass=[0-9a-f-]{36}\n$", result.Stdout);
        var upload = Assert.Single(job.State.Uploads);
        Assert.Equal("image/png", upload.ContentType);
        Assert.Equal("plot.png", upload.FileName);
    }

    [Fact]
    public async Task Mime_type_overrides_the_sniffed_type_and_rm_watermark_drops_the_marker()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.Workspace.Write("metrics.txt", "{\"acc\": 0.9}");

        var typed = await job.RunAsync("asset", "publish", "metrics.txt", "--url", $"{job.Server}/_assets/upload", "--mime-type", "application/json");
        var bare = await job.RunAsync("asset", "publish", "metrics.txt", "--url", $"{job.Server}/_assets/upload", "--rm-watermark");

        Assert.True(typed.ExitCode == 0, typed.ToString());
        Assert.Contains("?cml=json&cache-bypass=", typed.Stdout);
        Assert.Equal("application/json", job.State.Uploads[0].ContentType);
        Assert.True(bare.ExitCode == 0, bare.ToString());
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/_assets/2\?cache-bypass=[0-9a-f-]{36}\n$", bare.Stdout);
    }

    [Fact]
    public async Task A_file_outside_the_repository_is_refused_before_anything_is_read_or_sent()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        var outside = Path.Combine(Path.GetTempPath(), "cml-e2e-secret-" + Guid.NewGuid().ToString("N")[..8] + ".png");
        await File.WriteAllBytesAsync(outside, TestImages.Png(9));
        job.State.ClearRequests();
        try
        {
            var result = await job.RunAsync("asset", "publish", outside);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("resolves outside the workspace", CheckCreateTests.LastLine(result.Stderr));
            Assert.Empty(job.State.Requests);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task A_missing_file_fails_on_one_line()
    {
        await using var job = await GitHubActionsJob.StartAsync();

        var result = await job.RunAsync("asset", "publish", "nope.png");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("cml: nope.png: file not found (ENOENT)", CheckCreateTests.LastLine(result.Stderr));
    }

    [Fact]
    public async Task A_directory_fails_on_one_line()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.Workspace.Write("plots/a.png", TestImages.Png(2));

        var result = await job.RunAsync("asset", "publish", "plots");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("cml: plots: is a directory; publish one file at a time", CheckCreateTests.LastLine(result.Stderr));
    }

    [Fact]
    public async Task A_malformed_mime_type_or_url_is_a_usage_error()
    {
        await using var job = await GitHubActionsJob.StartAsync();

        var mime = await job.RunAsync("asset", "publish", "plot.png", "--mime-type", "png");
        var url = await job.RunAsync("asset", "publish", "plot.png", "--url", "ftp://example.com/upload");

        Assert.Equal(2, mime.ExitCode);
        Assert.Equal("cml: --mime-type \"png\" is not a media type such as image/png or application/json", mime.Stderr.Trim());
        Assert.Equal(2, url.ExitCode);
        Assert.Equal("cml: --url \"ftp://example.com/upload\" is not an http(s) URL", CheckCreateTests.LastLine(url.Stderr));
    }

    [Fact]
    public async Task Legacy_publish_warns_without_needing_a_token()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.Environment.Remove("REPO_TOKEN");

        var result = await job.RunAsync("publish", "plot.png", "--md", "--url", $"{job.Server}/_assets/upload");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("::warning::\"cml publish\" is deprecated since \"cml comment\" now supports \"![inline](./asset.png)\"", result.Stderr);
        Assert.StartsWith("![](http://127.0.0.1:", result.Stdout);
    }

    [Fact]
    public async Task Options_bind_from_CML_ASSET_and_legacy_CML_PUBLISH_variables()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.Environment["CML_ASSET_MD"] = "true";
        job.Environment["CML_PUBLISH_TITLE"] = "from env";

        var result = await job.RunAsync("asset", "publish", "plot.png");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith(" \"from env\")\n", result.Stdout);
        Assert.StartsWith("![](", result.Stdout);
    }
}
