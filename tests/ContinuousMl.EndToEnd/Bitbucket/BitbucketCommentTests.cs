using System.Text;
using System.Text.RegularExpressions;
using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.Bitbucket;

// `cml comment create/update` end to end on Bitbucket Cloud: the real entry point, a Pipelines step's variables,
// FakeForge over HTTP.
public class BitbucketCommentTests
{
    private const string Workspace = BitbucketPipelinesJob.Workspace;
    private const string Slug = BitbucketPipelinesJob.Slug;
    private const int Pr = BitbucketPipelinesJob.PullRequest;
    private static readonly string CommentsPath = $"/2.0/repositories/{Workspace}/{Slug}/pullrequests/{Pr}/comments";

    [Fact]
    public async Task Creates_one_comment_with_the_text_and_an_image_in_the_downloads()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        var comment = Assert.Single(job.State.PullRequestComments(Workspace, Slug, Pr));
        Assert.Equal(comment.HtmlUrl, result.Stdout.Trim());
        Assert.StartsWith($"{job.Web}/{Workspace}/{Slug}/pull-requests/{Pr}/", comment.HtmlUrl);
        Assert.Equal(BitbucketPipelinesJob.Bot, comment.Author.Nickname);

        var image = Regex.Match(comment.Body, @"!\[loss curve\]\((?<url>[^)]+)\)").Groups["url"].Value;
        Assert.Matches($"^{Regex.Escape(job.Web)}/{Workspace}/{Slug}/downloads/cml-[0-9a-f]{{64}}\\.png$", image);
        var plot = await File.ReadAllBytesAsync(Path.Combine(job.Checkout.Root, "plot.png"));
        using var browser = new HttpClient();
        Assert.Equal(plot, await browser.GetByteArrayAsync(image));
        Assert.Equal(plot, Assert.Single(job.State.Downloads(Workspace, Slug)).Content);

        // Only the URL changed; the watermark is plain Markdown, which Bitbucket renders (it escapes HTML).
        var expected = BitbucketPipelinesJob.Report.Replace("./plot.png", image, StringComparison.Ordinal) + "\n\n" + job.Watermark();
        Assert.Equal(expected, comment.Body);
    }

    [Fact]
    public async Task Update_edits_the_same_comment()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        var first = await job.RunAsync("comment", "create", "report.md");
        job.Checkout.Write("report.md", "# Results\n\naccuracy went up\n");

        var second = await job.RunAsync("comment", "update", "report.md");
        var third = await job.RunAsync("comment", "create", "--update", "report.md");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.True(third.ExitCode == 0, third.ToString());
        var comment = Assert.Single(job.State.PullRequestComments(Workspace, Slug, Pr));
        Assert.StartsWith("# Results\n\naccuracy went up\n", comment.Body);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(first.Stdout, third.Stdout);
        Assert.Equal(2, job.State.Requests.Count(r => r.Method == "PUT" && r.Path.StartsWith(CommentsPath + "/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Create_without_update_adds_a_second_comment()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();

        await job.RunAsync("comment", "create", "report.md", "--no-publish");
        var second = await job.RunAsync("comment", "create", "report.md", "--no-publish");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(2, job.State.PullRequestComments(Workspace, Slug, Pr).Count);
    }

    [Fact]
    public async Task Update_finds_our_comment_newer_than_250_others_in_one_request()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        for (var i = 0; i < 250; i++)
        {
            job.State.SeedPullRequestComment(Workspace, Slug, Pr, $"review comment {i}", "reviewer");
        }

        var ours = job.State.SeedPullRequestComment(Workspace, Slug, Pr, "old\n\n" + job.Watermark(), BitbucketPipelinesJob.Bot);
        job.State.SeedPullRequestComment(Workspace, Slug, Pr, "a reply after ours", "reviewer");
        job.State.ClearRequests();

        var result = await job.RunAsync("comment", "update", "report.md", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        var comments = job.State.PullRequestComments(Workspace, Slug, Pr);
        Assert.Equal(252, comments.Count);
        Assert.StartsWith("# Results", comments.Single(c => c.Id == ours.Id).Body);
        Assert.Equal(1, job.State.Requests.Count(r => r.Method == "GET" && r.Path == CommentsPath));
    }

    [Fact]
    public async Task Update_finds_our_comment_behind_250_newer_ones_reading_every_page_once()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        var ours = job.State.SeedPullRequestComment(Workspace, Slug, Pr, "old\n\n" + job.Watermark(), BitbucketPipelinesJob.Bot);
        for (var i = 0; i < 250; i++)
        {
            job.State.SeedPullRequestComment(Workspace, Slug, Pr, $"review comment {i}", "reviewer");
        }

        job.State.ClearRequests();

        var result = await job.RunAsync("comment", "update", "report.md", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("# Results", job.State.PullRequestComments(Workspace, Slug, Pr).Single(c => c.Id == ours.Id).Body);
        // 251 comments, 100 a page, newest first: ours is on page 3.
        Assert.Equal(3, job.State.Requests.Count(r => r.Method == "GET" && r.Path == CommentsPath));
    }

    [Fact]
    public async Task A_second_run_uploads_no_image_again()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();

        var first = await job.RunAsync("comment", "create", "report.md");
        var second = await job.RunAsync("comment", "update", "report.md");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(1, job.State.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/downloads", StringComparison.Ordinal)));
        Assert.Single(job.State.Downloads(Workspace, Slug));
    }

    [Fact]
    public async Task The_driver_and_repository_come_from_the_pipeline_variables_alone()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        job.Checkout.Git("remote", "remove", "origin");

        var result = await job.RunAsync("comment", "create", "report.md", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.State.PullRequestComments(Workspace, Slug, Pr));
    }

    [Fact]
    public async Task Driver_bitbucket_posts_from_another_ci_to_a_repository_on_any_host()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        // A GitHub Actions job posting to Bitbucket: none of its own variables may leak into the Bitbucket call.
        foreach (var name in job.Environment.Keys.Where(k => k.StartsWith("BITBUCKET_", StringComparison.Ordinal) && k != "BITBUCKET_API_URL").ToArray())
        {
            job.Environment.Remove(name);
        }

        job.Environment["GITHUB_ACTIONS"] = "true";
        job.Environment["GITHUB_REPOSITORY"] = "octo/elsewhere";
        job.Environment["GITHUB_API_URL"] = "http://127.0.0.1:9/";
        job.Environment["GITHUB_EVENT_NAME"] = "push";

        var result = await job.RunAsync(
            "comment", "create", "report.md", "--no-publish", "--driver", "bitbucket", "--repo", $"{job.Web}/{Workspace}/{Slug}", "--target", $"pr/{Pr}");

        Assert.True(result.ExitCode == 0, result.ToString());
        var comment = Assert.Single(job.State.PullRequestComments(Workspace, Slug, Pr));
        Assert.Equal(comment.HtmlUrl, result.Stdout.Trim());
    }

    [Fact]
    public async Task Without_driver_a_repository_on_another_host_is_bitbucket_by_BITBUCKET_REPO_UUID()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();

        var result = await job.RunAsync("comment", "create", "report.md", "--no-publish", "--repo", $"{job.Web}/{Workspace}/{Slug}");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.State.PullRequestComments(Workspace, Slug, Pr));
    }

    [Theory]
    [InlineData("access-token")]
    [InlineData("user:app-password")]
    [InlineData("base64(user:app-password)")]
    public async Task Every_token_kind_posts_as_its_own_user_and_never_shows(string kind)
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        const string password = "AppPassw0rdSecretValue";
        job.State.AddAppPassword("alice", password);
        var token = kind switch
        {
            "access-token" => BitbucketPipelinesJob.Token,
            "user:app-password" => $"alice:{password}",
            _ => Convert.ToBase64String(Encoding.UTF8.GetBytes($"alice:{password}")),
        };
        job.Environment["REPO_TOKEN"] = token;

        var result = await job.RunAsync("comment", "create", "report.md", "--log", "debug");

        Assert.True(result.ExitCode == 0, result.ToString());
        var comment = Assert.Single(job.State.PullRequestComments(Workspace, Slug, Pr));
        Assert.Equal(kind == "access-token" ? BitbucketPipelinesJob.Bot : "alice", comment.Author.Nickname);
        Assert.DoesNotContain(token, result.Stdout + result.Stderr);
        Assert.DoesNotContain(password, result.Stdout + result.Stderr);
    }

    [Fact]
    public async Task Commit_target_comments_on_the_head_commit()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();

        var result = await job.RunAsync("comment", "create", "report.md", "--target", "commit", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        var comment = Assert.Single(job.State.CommitComments(Workspace, Slug, job.HeadSha));
        Assert.Equal(comment.HtmlUrl, result.Stdout.Trim());
        Assert.Empty(job.State.PullRequestComments(Workspace, Slug, Pr));
    }

    [Fact]
    public async Task A_branch_pipeline_finds_the_pull_request_of_its_commit()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync(pullRequestPipeline: false);
        job.State.AddPullRequest(Workspace, Slug, 9, job.HeadSha);

        var result = await job.RunAsync("comment", "create", "report.md", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.State.PullRequestComments(Workspace, Slug, 9));
        Assert.Contains(job.State.Requests, r => r.Path == $"/2.0/repositories/{Workspace}/{Slug}/commit/{job.HeadSha}/pullrequests");
    }

    [Fact]
    public async Task A_branch_pipeline_without_a_pull_request_comments_on_the_commit()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync(pullRequestPipeline: false);

        var result = await job.RunAsync("comment", "create", "report.md", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.State.CommitComments(Workspace, Slug, job.HeadSha));
    }

    [Fact]
    public async Task A_report_longer_than_Bitbucket_accepts_is_shortened_and_posted()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        var report = new StringBuilder("# Results\n\n");
        for (var i = 0; report.Length < 45_000; i++)
        {
            report.Append("Epoch ").Append(i).Append(": the loss went down and the accuracy went up, as hoped.\n\n");
        }

        job.Checkout.Write("report.md", report.ToString());

        var result = await job.RunAsync("comment", "create", "report.md", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        var comment = Assert.Single(job.State.PullRequestComments(Workspace, Slug, Pr));
        Assert.True(comment.Body.Length <= 32_767, $"{comment.Body.Length} characters were posted");
        Assert.True(comment.Body.Length > 30_000, $"only {comment.Body.Length} characters were kept");
        Assert.StartsWith("# Results\n\nEpoch 0: ", comment.Body);
        Assert.Contains("shortened", comment.Body);
        Assert.Contains("report.md", comment.Body);
        Assert.EndsWith(job.Watermark(), comment.Body);
        Assert.DoesNotContain(job.State.Requests, r => r.Method == "POST" && r.Body.Length > 40_000);
    }
}
