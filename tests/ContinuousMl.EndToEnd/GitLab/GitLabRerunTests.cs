using ContinuousMl.EndToEnd.Checks;

namespace ContinuousMl.EndToEnd.GitLab;

// `cml workflow rerun` on GitLab: retry the pipeline (cancelling it first while it runs), as CML.
public class GitLabRerunTests
{
    [Fact]
    public async Task Retries_this_jobs_pipeline_by_default()
    {
        await using var job = await GitLabCiJob.StartAsync();
        job.State.AddPipeline(job.ProjectPath, 1001, job.HeadSha, status: "failed");

        var result = await job.RunAsync("workflow", "rerun");

        Assert.True(result.ExitCode == 0, result.ToString());
        var pipeline = job.State.Pipeline(1001)!;
        Assert.Equal(1, pipeline.RetryCount);
        Assert.Equal(0, pipeline.CancelCount);
        Assert.Equal("pending", pipeline.Status);
        Assert.Contains($"{job.ProjectUrl}/-/pipelines/1001", result.Stderr);
    }

    [Fact]
    public async Task A_running_pipeline_is_cancelled_then_retried()
    {
        await using var job = await GitLabCiJob.StartAsync();
        job.State.AddPipeline(job.ProjectPath, 1500, job.HeadSha, status: "running");

        var result = await job.RunAsync("workflow", "rerun", "--id", "1500");

        Assert.True(result.ExitCode == 0, result.ToString());
        var pipeline = job.State.Pipeline(1500)!;
        Assert.Equal(1, pipeline.CancelCount);
        Assert.Equal(1, pipeline.RetryCount);
        Assert.Equal("pending", pipeline.Status);
    }

    [Fact]
    public async Task A_succeeded_pipeline_is_retried_with_a_warning_that_nothing_may_run()
    {
        await using var job = await GitLabCiJob.StartAsync();
        job.State.AddPipeline(job.ProjectPath, 1001, job.HeadSha, status: "success");

        var result = await job.RunAsync("workflow", "rerun");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("reruns only failed and canceled jobs", result.Stderr);
        Assert.Equal(1, job.State.Pipeline(1001)!.RetryCount);
    }

    [Fact]
    public async Task An_unknown_pipeline_fails_on_one_line()
    {
        await using var job = await GitLabCiJob.StartAsync();

        var result = await job.RunAsync("workflow", "rerun", "--id", "5");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("cml: GitLab answered 404 Not found while trying to read pipeline 5", CheckCreateTests.LastLine(result.Stderr));
    }

    [Fact]
    public async Task A_pipeline_id_that_is_not_a_number_is_a_usage_error()
    {
        await using var job = await GitLabCiJob.StartAsync();

        var result = await job.RunAsync("rerun-workflow", "--id", "abc");

        Assert.Equal(2, result.ExitCode);
        // Outside GitHub Actions, logs are JSON lines: the notice's quotes come escaped.
        Assert.Contains("\\\"cml rerun-workflow\\\" is deprecated, please use \\\"cml workflow rerun\\\"", result.Stderr);
        Assert.Equal("cml: --id \"abc\" is not a GitLab pipeline id (the number in …/-/pipelines/<id>)", CheckCreateTests.LastLine(result.Stderr));
    }
}
