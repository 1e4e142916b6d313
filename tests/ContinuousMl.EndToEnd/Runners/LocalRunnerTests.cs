using System.Text.Json.Nodes;
using ContinuousMl.EndToEnd.Checks;
using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.Runners;

// `cml runner launch` in local mode: the real cml starts tests/FakeRunner (--runner-binary), which registers with
// FakeForge's GitHub, takes the jobs a test queues and prints the actions runner's log lines.
public class LocalRunnerTests
{
    private const string Scope = $"{GitHubActionsJob.Owner}/{GitHubActionsJob.Name}";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Registers_takes_a_job_then_stops_when_idle_and_unregisters()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        using var program = FakeRunnerProgram.Create();
        using var cml = job.Start(Launch(program, "--name", "e2e-idle", "--labels", "cml,gpu", "--idle-timeout", "3"));

        await cml.WaitUntilAsync(() => job.State.Runners(Scope).Any(r => r.Name == "e2e-idle" && r.Status == "online"), Patience, "the runner registering");
        var registered = job.State.Runners(Scope).Single();
        Assert.Contains("cml", registered.Labels);
        Assert.Contains("gpu", registered.Labels);
        Assert.False(registered.Ephemeral);
        var jobId = job.State.QueueRunnerJob(Scope, "train", duration: TimeSpan.FromSeconds(1));

        var exit = await cml.WaitForExitAsync(Patience);

        Assert.True(exit == 0, cml.Stderr);
        Assert.True(job.State.RunnerJob(jobId)!.Finished);
        Assert.Empty(job.State.Runners(Scope));
        Assert.Equal(1, job.State.RunnerRemovals);
        var statuses = StatusLines(cml.Stdout);
        Assert.Equal(["ready", "job_started", "job_ended", "terminated"], statuses.Select(s => (string)s["status"]!).Distinct().ToArray());
        Assert.Equal("train", (string?)statuses.Single(s => (string)s["status"]! == "job_started")["job"]);
        Assert.True((bool)statuses.Single(s => (string)s["status"]! == "job_ended")["success"]!);
        Assert.Equal("timeout:3", (string?)statuses[^1]["reason"]);
        Assert.Equal($"{job.Server}/{Scope}", (string?)statuses[0]["repo"]);
        Assert.DoesNotContain(GitHubActionsJob.Token, cml.Stdout + cml.Stderr);
    }

    [Fact]
    public async Task A_busy_runner_is_not_stopped_past_its_idle_timeout()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        using var program = FakeRunnerProgram.Create();
        using var cml = job.Start(Launch(program, "--name", "e2e-busy", "--idle-timeout", "2"));
        await cml.WaitUntilAsync(() => job.State.Runners(Scope).Any(r => r.Status == "online"), Patience, "the runner registering");
        var jobId = job.State.QueueRunnerJob(Scope, "train");
        await cml.WaitUntilAsync(() => job.State.RunnerJob(jobId)!.RunnerName is not null, Patience, "the runner taking the job");

        // Three idle timeouts long, with the job still running.
        await Task.Delay(TimeSpan.FromSeconds(6));

        Assert.False(cml.HasExited, cml.Stderr);
        Assert.True(job.State.Runners(Scope).Single().Busy);
        Assert.DoesNotContain("terminated", cml.Stdout);
        job.State.ReleaseRunnerJob(jobId);
        var exit = await cml.WaitForExitAsync(Patience);
        Assert.True(exit == 0, cml.Stderr);
        var statuses = StatusLines(cml.Stdout).Select(s => (string)s["status"]!).ToArray();
        Assert.True(Array.IndexOf(statuses, "job_ended") < Array.IndexOf(statuses, "terminated"), cml.Stdout);
        Assert.Empty(job.State.Runners(Scope));
    }

    [Fact]
    public async Task Single_registers_an_ephemeral_runner_and_stops_after_one_job()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        using var program = FakeRunnerProgram.Create();
        using var cml = job.Start(Launch(program, "--name", "e2e-single", "--single", "--idle-timeout", "never"));
        await cml.WaitUntilAsync(() => job.State.Runners(Scope).Any(r => r.Status == "online"), Patience, "the runner registering");
        Assert.True(job.State.Runners(Scope).Single().Ephemeral);
        var first = job.State.QueueRunnerJob(Scope, "train", duration: TimeSpan.FromMilliseconds(500));
        var second = job.State.QueueRunnerJob(Scope, "evaluate", duration: TimeSpan.FromMilliseconds(500));

        var exit = await cml.WaitForExitAsync(Patience);

        Assert.True(exit == 0, cml.Stderr);
        Assert.True(job.State.RunnerJob(first)!.Finished);
        Assert.Null(job.State.RunnerJob(second)!.RunnerName);
        Assert.Equal("single job", (string?)StatusLines(cml.Stdout)[^1]["reason"]);
        Assert.Empty(job.State.Runners(Scope));
    }

    [Theory]
    [InlineData("TERM", "SIGTERM")]
    [InlineData("INT", "SIGINT")]
    public async Task A_signal_stops_the_runner_and_unregisters_it(string signal, string reason)
    {
        await using var job = await GitHubActionsJob.StartAsync();
        using var program = FakeRunnerProgram.Create();
        using var cml = job.Start(Launch(program, "--name", "e2e-signal", "--idle-timeout", "never"));
        await cml.WaitUntilAsync(() => job.State.Runners(Scope).Any(r => r.Status == "online"), Patience, "the runner registering");
        await cml.WaitUntilAsync(() => cml.Stdout.Contains("\"status\":\"ready\"", StringComparison.Ordinal), Patience, "the ready status line");

        cml.Signal(signal);
        var exit = await cml.WaitForExitAsync(Patience);

        Assert.True(exit == 0, cml.Stderr);
        Assert.Empty(job.State.Runners(Scope));
        Assert.Equal(reason, (string?)StatusLines(cml.Stdout)[^1]["reason"]);
    }

    [Fact]
    public async Task Max_lifetime_stops_a_busy_runner_and_reruns_the_interrupted_run()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.State.AddWorkflowRun(GitHubActionsJob.Owner, GitHubActionsJob.Name, 5150, job.HeadSha, status: "in_progress");
        using var program = FakeRunnerProgram.Create();
        using var cml = job.Start(Launch(program, "--name", "e2e-lifetime", "--idle-timeout", "never", "--max-lifetime", "6"));
        await cml.WaitUntilAsync(() => job.State.Runners(Scope).Any(r => r.Status == "online"), Patience, "the runner registering");
        var jobId = job.State.QueueRunnerJob(Scope, "train", runId: 5150);

        var exit = await cml.WaitForExitAsync(Patience);

        Assert.True(exit == 0, cml.Stderr);
        Assert.False(job.State.RunnerJob(jobId)!.Released);
        Assert.Empty(job.State.Runners(Scope));
        Assert.Equal("max-lifetime:6", (string?)StatusLines(cml.Stdout)[^1]["reason"]);
        var run = job.State.WorkflowRun(GitHubActionsJob.Owner, GitHubActionsJob.Name, 5150)!;
        Assert.Equal(1, run.CancelCount);
        Assert.Equal(1, run.RerunCount);
        Assert.Contains("Still pending jobs, retrying workflow...", cml.Stderr);
    }

    [Fact]
    public async Task No_retry_leaves_the_interrupted_run_alone()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.State.AddWorkflowRun(GitHubActionsJob.Owner, GitHubActionsJob.Name, 5151, job.HeadSha, status: "in_progress");
        using var program = FakeRunnerProgram.Create();
        using var cml = job.Start(Launch(program, "--name", "e2e-noretry", "--idle-timeout", "never", "--no-retry"));
        await cml.WaitUntilAsync(() => job.State.Runners(Scope).Any(r => r.Status == "online"), Patience, "the runner registering");
        var jobId = job.State.QueueRunnerJob(Scope, "train", runId: 5151);
        await cml.WaitUntilAsync(() => job.State.RunnerJob(jobId)!.RunnerName is not null, Patience, "the runner taking the job");
        await cml.WaitUntilAsync(() => cml.Stdout.Contains("job_started", StringComparison.Ordinal), Patience, "the job_started status line");

        cml.Signal("TERM");
        var exit = await cml.WaitForExitAsync(Patience);

        Assert.True(exit == 0, cml.Stderr);
        Assert.Empty(job.State.Runners(Scope));
        Assert.Equal(0, job.State.WorkflowRun(GitHubActionsJob.Owner, GitHubActionsJob.Name, 5151)!.RerunCount);
    }

    internal static string[] Launch(FakeRunnerProgram program, params string[] extra) =>
        ["runner", "launch", "--runner-binary", program.ScriptPath, "--workdir", program.Workdir, .. extra];

    internal static List<JsonObject> StatusLines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .Where(json => (string?)json["message"] == "runner status")
            .ToList();
}
