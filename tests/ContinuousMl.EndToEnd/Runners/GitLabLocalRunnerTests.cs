using System.Globalization;
using ContinuousMl.EndToEnd.Checks;
using ContinuousMl.EndToEnd.GitLab;

namespace ContinuousMl.EndToEnd.Runners;

// `cml runner launch` in local mode on GitLab: the real cml creates the runner in FakeGitLab (POST /user/runners or,
// with a registration token, POST /runners) and starts tests/FakeRunner the way it starts gitlab-runner
// (run-single --url --token …); the stand-in takes the jobs a test queues through GitLab's runner API.
public class GitLabLocalRunnerTests
{
    private const long Pipeline = 1001;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Registers_with_its_tags_takes_a_job_then_stops_when_idle_and_is_deleted()
    {
        await using var job = await GitLabCiJob.StartAsync();
        using var program = FakeRunnerProgram.Create();
        var jobId = job.State.QueueJob(job.ProjectPath, "train", Pipeline);
        using var cml = job.Start(LocalRunnerTests.Launch(program, "--name", "gl-idle", "--labels", "cml,gpu", "--idle-timeout", "3"));

        await cml.WaitUntilAsync(() => job.State.Job(jobId)!.Status == "running", Patience, "the runner taking the job");
        var runner = Assert.Single(job.State.Runners(job.ProjectPath));
        Assert.Equal("gl-idle", runner.Description);
        Assert.Equal(["cml", "gpu"], runner.TagList);
        Assert.True(runner.Locked);
        Assert.True(runner.RunUntagged);
        Assert.Equal("not_protected", runner.AccessLevel);
        Assert.Equal(runner.Id, job.State.Job(jobId)!.RunnerId);
        Assert.Equal(1, job.Requests("POST", "/api/v4/user/runners"));
        job.State.ReleaseJob(jobId);

        var exit = await cml.WaitForExitAsync(Patience);

        Assert.True(exit == 0, cml.Stderr);
        Assert.Equal("success", job.State.Job(jobId)!.Status);
        Assert.Empty(job.State.Runners(job.ProjectPath));
        Assert.Equal(1, job.State.RunnerRemovals);
        Assert.Equal(1, job.Requests("DELETE", $"/api/v4/runners/{runner.Id}"));
        var statuses = LocalRunnerTests.StatusLines(cml.Stdout);
        Assert.Equal(["ready", "job_started", "job_ended", "terminated"], statuses.Select(s => (string)s["status"]!).Distinct().ToArray());
        Assert.Equal(jobId.ToString(CultureInfo.InvariantCulture), (string?)statuses.Single(s => (string)s["status"]! == "job_started")["job"]);
        Assert.True((bool)statuses.Single(s => (string)s["status"]! == "job_ended")["success"]!);
        Assert.Equal("timeout:3", (string?)statuses[^1]["reason"]);
        Assert.Equal(job.ProjectUrl, (string?)statuses[0]["repo"]);
        Assert.DoesNotContain(GitLabCiJob.Token, cml.Stdout + cml.Stderr);
        Assert.DoesNotContain(runner.Token, cml.Stdout + cml.Stderr);
    }

    [Fact]
    public async Task A_failed_job_ends_with_success_false()
    {
        await using var job = await GitLabCiJob.StartAsync();
        using var program = FakeRunnerProgram.Create();
        var jobId = job.State.QueueJob(job.ProjectPath, "train", Pipeline, duration: TimeSpan.FromMilliseconds(300), succeeds: false);
        using var cml = job.Start(LocalRunnerTests.Launch(program, "--name", "gl-failed", "--idle-timeout", "2"));

        var exit = await cml.WaitForExitAsync(Patience);

        Assert.True(exit == 0, cml.Stderr);
        Assert.Equal("failed", job.State.Job(jobId)!.Status);
        Assert.False((bool)LocalRunnerTests.StatusLines(cml.Stdout).Single(s => (string)s["status"]! == "job_ended")["success"]!);
        Assert.Empty(job.State.Runners(job.ProjectPath));
    }

    [Fact]
    public async Task A_busy_runner_is_not_stopped_past_its_idle_timeout()
    {
        await using var job = await GitLabCiJob.StartAsync();
        using var program = FakeRunnerProgram.Create();
        var jobId = job.State.QueueJob(job.ProjectPath, "train", Pipeline);
        using var cml = job.Start(LocalRunnerTests.Launch(program, "--name", "gl-busy", "--idle-timeout", "2"));
        await cml.WaitUntilAsync(() => job.State.Job(jobId)!.Status == "running", Patience, "the runner taking the job");
        await cml.WaitUntilAsync(() => cml.Stdout.Contains("job_started", StringComparison.Ordinal), Patience, "the job_started status line");

        // Three idle timeouts long, with the job still running.
        await Task.Delay(TimeSpan.FromSeconds(6));

        Assert.False(cml.HasExited, cml.Stderr);
        Assert.Single(job.State.Runners(job.ProjectPath));
        Assert.Equal("running", job.State.Job(jobId)!.Status);
        Assert.DoesNotContain("terminated", cml.Stdout);
        job.State.ReleaseJob(jobId);
        var exit = await cml.WaitForExitAsync(Patience);
        Assert.True(exit == 0, cml.Stderr);
        var statuses = LocalRunnerTests.StatusLines(cml.Stdout).Select(s => (string)s["status"]!).ToArray();
        Assert.True(Array.IndexOf(statuses, "job_ended") < Array.IndexOf(statuses, "terminated"), cml.Stdout);
        Assert.Empty(job.State.Runners(job.ProjectPath));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/gitlab")]
    public async Task Single_stops_after_one_job(string pathPrefix)
    {
        // Under a relative URL root the runner must be handed GitLab's root with the prefix, or it reaches nothing.
        await using var job = await GitLabCiJob.StartAsync(pathPrefix);
        using var program = FakeRunnerProgram.Create();
        var first = job.State.QueueJob(job.ProjectPath, "train", Pipeline, duration: TimeSpan.FromMilliseconds(500));
        var second = job.State.QueueJob(job.ProjectPath, "evaluate", Pipeline, duration: TimeSpan.FromMilliseconds(500));
        using var cml = job.Start(LocalRunnerTests.Launch(program, "--name", "gl-single", "--single", "--idle-timeout", "never"));

        var exit = await cml.WaitForExitAsync(Patience);

        Assert.True(exit == 0, cml.Stderr);
        Assert.Equal("success", job.State.Job(first)!.Status);
        Assert.Equal("pending", job.State.Job(second)!.Status);
        Assert.Null(job.State.Job(second)!.RunnerId);
        Assert.Equal("single job", (string?)LocalRunnerTests.StatusLines(cml.Stdout)[^1]["reason"]);
        Assert.Empty(job.State.Runners(job.ProjectPath));
    }

    [Fact]
    public async Task A_signal_while_busy_unregisters_and_retries_the_interrupted_pipeline()
    {
        await using var job = await GitLabCiJob.StartAsync();
        job.State.AddPipeline(job.ProjectPath, 1500, job.HeadSha, status: "running");
        using var program = FakeRunnerProgram.Create();
        var jobId = job.State.QueueJob(job.ProjectPath, "train", 1500);
        using var cml = job.Start(LocalRunnerTests.Launch(program, "--name", "gl-signal", "--idle-timeout", "never"));
        await cml.WaitUntilAsync(() => cml.Stdout.Contains("job_started", StringComparison.Ordinal), Patience, "the job_started status line");

        cml.Signal("TERM");
        var exit = await cml.WaitForExitAsync(Patience);

        Assert.True(exit == 0, cml.Stderr);
        Assert.Empty(job.State.Runners(job.ProjectPath));
        Assert.False(job.State.Job(jobId)!.Released);
        Assert.Equal("SIGTERM", (string?)LocalRunnerTests.StatusLines(cml.Stdout)[^1]["reason"]);
        var pipeline = job.State.Pipeline(1500)!;
        Assert.Equal(1, pipeline.CancelCount);
        Assert.Equal(1, pipeline.RetryCount);
        Assert.Contains("Still pending jobs, retrying workflow...", cml.Stderr);
    }

    [Fact]
    public async Task A_registration_token_registers_through_post_runners_and_removes_the_runner_with_its_own_token()
    {
        const string RegistrationToken = "GR1348941e2eRegistrationToken00";
        await using var job = await GitLabCiJob.StartAsync();
        job.State.AddRegistrationToken(job.ProjectPath, RegistrationToken);
        job.Environment["REPO_TOKEN"] = RegistrationToken;
        using var program = FakeRunnerProgram.Create();
        var jobId = job.State.QueueJob(job.ProjectPath, "train", Pipeline, duration: TimeSpan.FromMilliseconds(300));
        using var cml = job.Start(LocalRunnerTests.Launch(program, "--name", "gl-legacy", "--labels", "cml", "--idle-timeout", "2"));

        var exit = await cml.WaitForExitAsync(Patience);

        Assert.True(exit == 0, cml.Stderr);
        Assert.Equal("success", job.State.Job(jobId)!.Status);
        Assert.Equal(1, job.Requests("POST", "/api/v4/runners"));
        Assert.Equal(0, job.Requests("POST", "/api/v4/user/runners"));
        Assert.Equal(1, job.State.RunnerRemovals);
        Assert.Empty(job.State.Runners(job.ProjectPath));
        Assert.DoesNotContain(RegistrationToken, cml.Stdout + cml.Stderr);
    }

    [Fact]
    public async Task A_token_that_may_not_create_runners_is_one_clear_line_and_exit_1()
    {
        const string ReadOnly = "glpat-e2eReadApiOnlyToken0123";
        await using var job = await GitLabCiJob.StartAsync();
        job.State.AddToken(ReadOnly, GitLabCiJob.BotUser, readApiOnly: true);
        job.Environment["REPO_TOKEN"] = ReadOnly;
        using var program = FakeRunnerProgram.Create();

        var result = await job.RunAsync(LocalRunnerTests.Launch(program, "--name", "gl-denied", "--idle-timeout", "2"));

        Assert.Equal(1, result.ExitCode);
        var error = CheckCreateTests.LastLine(result.Stderr);
        Assert.StartsWith("cml: ", error);
        Assert.Contains("403", error);
        Assert.Contains("check the permissions (scopes) of your GitLab token", error);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.StartsWith("cml: ", StringComparison.Ordinal));
        Assert.Empty(job.State.Runners(job.ProjectPath));
        Assert.DoesNotContain(ReadOnly, result.Stderr);
    }
}
