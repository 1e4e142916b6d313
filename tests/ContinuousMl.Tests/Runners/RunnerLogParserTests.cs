using ContinuousMl.Runners.Logs;

namespace ContinuousMl.Tests.Runners;

// CML's parseRunnerLog vectors (reference conformance file, "Runner logs").
public class RunnerLogParserTests
{
    [Fact]
    public void GitHub_log_lines_give_ready_job_started_and_job_ended()
    {
        var parser = new RunnerLogParser("github");

        Assert.Equal([new RunnerLogEvent(RunnerLogEventKind.Ready)], parser.Parse("2022-06-05 16:25:56Z: Listening for Jobs"));
        Assert.Equal([new RunnerLogEvent(RunnerLogEventKind.JobStarted, Job: "train")], parser.Parse("2022-06-05 16:26:35Z: Running job: train"));
        Assert.Equal(
            [new RunnerLogEvent(RunnerLogEventKind.JobEnded, Job: "train", Success: false)],
            parser.Parse("2022-06-05 16:28:03Z: Job train completed with result: Failed"));
        Assert.Equal(
            [new RunnerLogEvent(RunnerLogEventKind.JobEnded, Job: "train", Success: true)],
            parser.Parse("2022-06-05 16:28:03Z: Job train completed with result: Succeeded"));
    }

    [Fact]
    public void A_chunk_with_all_three_gives_them_in_CMLs_order()
    {
        var chunk = "2022-06-05 16:25:56Z: Listening for Jobs\n2022-06-05 16:26:35Z: Running job: train\n2022-06-05 16:28:03Z: Job train completed with result: Failed";

        var kinds = new RunnerLogParser("github").Parse(chunk).Select(e => e.Kind);

        Assert.Equal([RunnerLogEventKind.Ready, RunnerLogEventKind.JobStarted, RunnerLogEventKind.JobEnded], kinds);
    }

    [Fact]
    public void GitLab_json_lines_give_the_job_id()
    {
        var parser = new RunnerLogParser("gitlab");

        Assert.Equal(
            [new RunnerLogEvent(RunnerLogEventKind.Ready)],
            parser.Parse("{\"level\":\"info\",\"msg\":\"Starting runner for https://gitlab.com with token 2SGFrnGt ...\",\"time\":\"2021-07-02T16:45:05Z\"}"));
        Assert.Equal(
            [new RunnerLogEvent(RunnerLogEventKind.JobStarted, Job: "1396213069")],
            parser.Parse("{\"job\":1396213069,\"level\":\"info\",\"msg\":\"Checking for jobs... received\",\"repo_url\":\"https://gitlab.com/iterative.ai/fashion_mnist.git\",\"runner\":\"2SGFrnGt\",\"time\":\"2021-07-02T16:45:47Z\"}"));
        Assert.Equal(
            [new RunnerLogEvent(RunnerLogEventKind.JobEnded, Job: "1396213069", Success: false)],
            parser.Parse("{\"duration_s\":120.0120526,\"job\":1396213069,\"level\":\"warning\",\"msg\":\"Job failed: execution took longer than 2m0s seconds\",\"project\":27856642,\"runner\":\"2SGFrnGt\",\"time\":\"2021-07-02T16:47:47Z\"}"));
        Assert.Equal(
            [new RunnerLogEvent(RunnerLogEventKind.JobEnded, Job: "2177867438", Success: true)],
            parser.Parse("{\"duration_s\":7.706165838,\"job\":2177867438,\"level\":\"info\",\"msg\":\"Job succeeded\",\"project\":27939020,\"runner\":\"fe36krFK\",\"time\":\"2022-03-08T18:12:57+01:00\"}"));
    }

    [Fact]
    public void Bitbucket_lines_give_the_step_and_its_pipeline()
    {
        var parser = new RunnerLogParser("bitbucket");

        Assert.Equal(
            [new RunnerLogEvent(RunnerLogEventKind.Ready)],
            parser.Parse("[2022-06-05 17:23:41,945] Updating runner status to \"ONLINE\" and checking for new steps assigned to the runner after 0 seconds and then every 30 seconds."));
        Assert.Equal(
            [new RunnerLogEvent(RunnerLogEventKind.JobStarted, Job: "{STEP}", Pipeline: "{PIPE}")],
            parser.Parse("[2022-06-05 17:24:12,246] Getting step StepId{accountUuid={ACC}, repositoryUuid={REPO}, pipelineUuid={PIPE}, stepUuid={STEP}}."));
        Assert.Equal(
            [new RunnerLogEvent(RunnerLogEventKind.JobEnded, Success: false)],
            parser.Parse("[2022-06-05 17:24:53,466] Completing step with result Result{status=FAILED, error=None}."));
        Assert.Equal(
            [new RunnerLogEvent(RunnerLogEventKind.JobEnded, Success: true)],
            parser.Parse("[2022-06-05 17:24:53,466] Completing step with result Result{status=PASSED, error=None}."));
    }

    [Theory]
    [InlineData("github", "√ Connected to GitHub")]
    [InlineData("gitlab", "{\"level\":\"info\",\"msg\":\"Checking for jobs... nothing\"}")]
    [InlineData("bitbucket", "[2022-06-05 17:23:41,945] Runner is idle.")]
    public void Other_lines_say_nothing(string driver, string line)
    {
        Assert.Empty(new RunnerLogParser(driver).Parse(line));
    }
}
