using ContinuousMl.EndToEnd.Checks;
using FakeForge.Bitbucket;

namespace ContinuousMl.EndToEnd.Bitbucket;

// `cml check create` on Bitbucket Cloud (CML throws "Bitbucket Cloud does not support check!"): a Code Insights report.
public class BitbucketCheckTests
{
    private const string Workspace = BitbucketPipelinesJob.Workspace;
    private const string Slug = BitbucketPipelinesJob.Slug;

    [Fact]
    public async Task Creates_a_report_on_the_commit_and_a_rerun_replaces_it()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();

        var first = await job.RunAsync("check", "create", "report.md");
        var second = await job.RunAsync("check", "create", "report.md", "--conclusion", "failure");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(string.Empty, first.Stdout);
        var report = Assert.Single(job.State.Reports(Workspace, Slug));
        Assert.Equal(job.HeadSha, report.CommitSha);
        Assert.Equal("cml-report", report.ReportId);
        Assert.Equal("cml-report", report.ExternalId);
        Assert.Equal("CML Report", report.Title);
        Assert.Equal("TEST", report.ReportType);
        Assert.Equal("FAILED", report.Result);
        Assert.Equal(2, report.PutCount);
        Assert.Equal(BitbucketPipelinesJob.Report, report.Details);
        // The job's page, from BITBUCKET_REPO_FULL_NAME and BITBUCKET_BUILD_NUMBER (Pipelines only runs on bitbucket.org).
        Assert.Equal($"https://bitbucket.org/{Workspace}/{Slug}/pipelines/results/42", report.Link);
        // Details are plain text: the plot is not uploaded for them.
        Assert.Empty(job.State.Downloads(Workspace, Slug));
    }

    [Theory]
    [InlineData("success", "completed", "PASSED")]
    [InlineData("neutral", "completed", "PASSED")]
    [InlineData("cancelled", "completed", "FAILED")]
    [InlineData("success", "queued", "PENDING")]
    [InlineData("success", "in_progress", "PENDING")]
    public async Task Status_and_conclusion_map_to_a_result(string conclusion, string status, string result)
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();

        var run = await job.RunAsync("check", "create", "report.md", "--conclusion", conclusion, "--status", status);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(result, Assert.Single(job.State.Reports(Workspace, Slug)).Result);
    }

    [Fact]
    public async Task Titles_make_separate_reports()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();

        await job.RunAsync("check", "create", "report.md", "--title", "Accuracy gate");
        await job.RunAsync("check", "create", "report.md", "--title", "Loss: gate!");

        Assert.Equal(["accuracy-gate", "loss-gate"], job.State.Reports(Workspace, Slug).Select(r => r.ReportId));
    }

    [Fact]
    public async Task A_report_over_the_details_limit_is_shortened()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        job.Checkout.Write("big.md", string.Join("\n\n", Enumerable.Range(0, 200).Select(i => $"Line {i} " + new string('y', 30))) + "\n");

        var result = await job.RunAsync("check", "create", "big.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        var details = Assert.Single(job.State.Reports(Workspace, Slug)).Details!;
        Assert.InRange(details.Length, 1_000, 2_000);
        Assert.StartsWith("Line 0 ", details);
        Assert.Contains("this report was shortened", details);
    }

    [Fact]
    public async Task A_token_without_write_access_is_refused_with_the_scope_named()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        job.State.AddAccessToken("ATCTT-read-only", "reader", [BitbucketScopes.Repository]);
        job.Environment["REPO_TOKEN"] = "ATCTT-read-only";

        var result = await job.RunAsync("check", "create", "report.md");

        Assert.Equal(1, result.ExitCode);
        var error = CheckCreateTests.LastLine(result.Stderr);
        Assert.StartsWith($"cml: Bitbucket refused to create report \"CML Report\" on commit {job.HeadSha} in {Workspace}/{Slug} (403", error);
        Assert.Contains("Repositories: Write", error);
    }
}
