using FakeForge;

namespace ContinuousMl.EndToEnd.Bitbucket;

// Faults on the wire to Bitbucket: the comment and the image arrive once, or the command says clearly why not.
public class BitbucketResilienceTests
{
    private const string Workspace = BitbucketPipelinesJob.Workspace;
    private const string Slug = BitbucketPipelinesJob.Slug;
    private const int Pr = BitbucketPipelinesJob.PullRequest;
    private static readonly string CommentsPath = $"/2.0/repositories/{Workspace}/{Slug}/pullrequests/{Pr}/comments";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_502_on_create_leaves_exactly_one_comment(bool serverCreatedItAnyway)
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        job.State.AddFault(new Fault("POST", $"^{CommentsPath}$", 502, AfterHandling: serverCreatedItAnyway));

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        var comment = Assert.Single(job.State.PullRequestComments(Workspace, Slug, Pr));
        Assert.Equal(comment.HtmlUrl, result.Stdout.Trim());
        Assert.Contains("looking for it before trying again", result.Stderr);
        Assert.Equal(serverCreatedItAnyway ? 1 : 2, job.State.Requests.Count(r => r.Method == "POST" && r.Path == CommentsPath));
    }

    [Fact]
    public async Task A_502_on_update_is_retried_because_a_put_is_idempotent()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        var ours = job.State.SeedPullRequestComment(Workspace, Slug, Pr, "old\n\n" + job.Watermark(), BitbucketPipelinesJob.Bot);
        job.State.AddFault(new Fault("PUT", $"^{CommentsPath}/{ours.Id}$", 502));

        var result = await job.RunAsync("comment", "update", "report.md", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        var comment = Assert.Single(job.State.PullRequestComments(Workspace, Slug, Pr));
        Assert.StartsWith("# Results", comment.Body);
    }

    [Fact]
    public async Task Server_errors_on_listing_are_retried()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        job.State.SeedPullRequestComment(Workspace, Slug, Pr, "old\n\n" + job.Watermark(), BitbucketPipelinesJob.Bot);
        job.State.AddFault(new Fault("GET", $"^{CommentsPath}$", 503, Times: 2));

        var result = await job.RunAsync("comment", "update", "report.md", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("# Results", Assert.Single(job.State.PullRequestComments(Workspace, Slug, Pr)).Body);
        Assert.Equal(3, job.State.Requests.Count(r => r.Method == "GET" && r.Path == CommentsPath));
    }

    [Fact]
    public async Task A_502_after_an_upload_landed_is_retried_without_a_second_file()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        job.State.AddFault(new Fault("POST", "/downloads$", 502, AfterHandling: true));

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.State.Downloads(Workspace, Slug));
        Assert.Single(job.State.PullRequestComments(Workspace, Slug, Pr));
    }

    [Fact]
    public async Task A_dropped_connection_on_a_read_is_retried()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        job.State.AddFault(new Fault("GET", "/downloads/", 0));

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.State.PullRequestComments(Workspace, Slug, Pr));
    }
}
