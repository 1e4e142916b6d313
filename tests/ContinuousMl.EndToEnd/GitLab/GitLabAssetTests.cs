namespace ContinuousMl.EndToEnd.GitLab;

// `cml asset publish` on GitLab: a project upload, linked by the relative URL GitLab returns (as CML 0.20.6).
public class GitLabAssetTests
{
    [Fact]
    public async Task Publishes_as_a_project_upload_and_prints_its_relative_url()
    {
        await using var job = await GitLabCiJob.StartAsync();

        var result = await job.RunAsync("asset", "publish", "plot.png", "--md", "--title", "loss");

        Assert.True(result.ExitCode == 0, result.ToString());
        var upload = Assert.Single(job.State.Uploads);
        Assert.Equal($"![]({upload.Url} \"loss\")\n", result.Stdout);
        Assert.StartsWith("/uploads/", upload.Url);
        Assert.DoesNotContain("cml=", result.Stdout);
        using var http = new HttpClient();
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(job.Workspace.Root, "plot.png")), await http.GetByteArrayAsync(upload.WebUrl));
    }

    [Fact]
    public async Task Gitlab_uploads_is_accepted_with_CMLs_warning()
    {
        await using var job = await GitLabCiJob.StartAsync();

        var result = await job.RunAsync("asset", "publish", "plot.png", "--gitlab-uploads");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("--gitlab-uploads will be deprecated soon, use --native instead", result.Stderr);
        Assert.StartsWith("/uploads/", result.Stdout);
    }
}
