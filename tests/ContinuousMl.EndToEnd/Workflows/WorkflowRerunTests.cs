using ContinuousMl.EndToEnd.Checks;
using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.Workflows;

// `cml workflow rerun` (and `rerun-workflow`) on GitHub: the real entry point, an Actions job, FakeForge.
public class WorkflowRerunTests
{
    private const string Owner = GitHubActionsJob.Owner;
    private const string Name = GitHubActionsJob.Name;

    [Fact]
    public async Task Reruns_this_jobs_finished_run_by_default()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.State.AddWorkflowRun(Owner, Name, 4242, job.HeadSha, status: "completed", conclusion: "failure");

        var result = await job.RunAsync("workflow", "rerun");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stdout);
        var run = job.State.WorkflowRun(Owner, Name, 4242)!;
        Assert.Equal(1, run.RerunCount);
        Assert.Equal(0, run.CancelCount);
        Assert.Equal(2, run.RunAttempt);
        Assert.Contains($"{job.Server}/{Owner}/{Name}/actions/runs/4242", result.Stderr);
    }

    [Fact]
    public async Task A_running_run_is_cancelled_and_waited_for_before_the_rerun()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.State.AddWorkflowRun(Owner, Name, 777, job.HeadSha, status: "in_progress", pollsUntilCancelled: 1);

        var result = await job.RunAsync("workflow", "rerun", "--id", "777");

        Assert.True(result.ExitCode == 0, result.ToString());
        var run = job.State.WorkflowRun(Owner, Name, 777)!;
        Assert.Equal(1, run.CancelCount);
        Assert.Equal(1, run.RerunCount);
        Assert.Equal("queued", run.Status);
        // Read, cancel, read until it stopped (one read still running, one finished), rerun.
        var calls = job.State.Requests.Where(r => r.Path.Contains("/actions/runs/777", StringComparison.Ordinal)).Select(r => $"{r.Method} {r.Path}").ToArray();
        Assert.Equal(
            [
                $"GET /repos/{Owner}/{Name}/actions/runs/777",
                $"POST /repos/{Owner}/{Name}/actions/runs/777/cancel",
                $"GET /repos/{Owner}/{Name}/actions/runs/777",
                $"GET /repos/{Owner}/{Name}/actions/runs/777",
                $"POST /repos/{Owner}/{Name}/actions/runs/777/rerun",
            ],
            calls);
        Assert.Contains("cancelling it first", result.Stderr);
    }

    [Fact]
    public async Task The_id_binds_from_CML_WORKFLOW_ID_and_the_legacy_prefix()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.State.AddWorkflowRun(Owner, Name, 31, job.HeadSha);
        job.Environment["CML_RERUN_WORKFLOW_ID"] = "31";

        var result = await job.RunAsync("workflow", "rerun");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, job.State.WorkflowRun(Owner, Name, 31)!.RerunCount);
    }

    [Fact]
    public async Task An_unknown_run_fails_on_one_line()
    {
        await using var job = await GitHubActionsJob.StartAsync();

        var result = await job.RunAsync("workflow", "rerun", "--id", "999");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"cml: GitHub has no workflow run 999 in {Owner}/{Name} (404)", CheckCreateTests.LastLine(result.Stderr));
    }

    [Fact]
    public async Task An_id_that_is_not_a_number_is_a_usage_error()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.State.ClearRequests();

        var result = await job.RunAsync("workflow", "rerun", "--id", "latest");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("cml: --id \"latest\" is not a GitHub Actions run id (the number in …/actions/runs/<id>)", CheckCreateTests.LastLine(result.Stderr));
        Assert.Empty(job.State.Requests);
    }

    [Fact]
    public async Task Outside_the_forges_CI_without_an_id_it_says_what_to_pass()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        foreach (var name in job.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal)).ToArray())
        {
            job.Environment.Remove(name);
        }

        var result = await job.RunAsync("workflow", "rerun", "--repo", $"{job.Server}/{Owner}/{Name}", "--driver", "github");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("cml: no run to rerun: pass --id (the workflow run's id), or run this inside the github CI job whose run it is", CheckCreateTests.LastLine(result.Stderr));
    }

    [Fact]
    public async Task A_token_that_may_not_write_is_refused_with_the_permission_named()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.State.AddWorkflowRun(Owner, Name, 4242, job.HeadSha);
        job.State.AddToken("ghs_readOnlyForkToken", "github-actions[bot]", isInstallationToken: true, readOnly: true);
        job.Environment["REPO_TOKEN"] = "ghs_readOnlyForkToken";

        var result = await job.RunAsync("workflow", "rerun");

        Assert.Equal(1, result.ExitCode);
        var error = CheckCreateTests.LastLine(result.Stderr);
        Assert.Contains("Resource not accessible by integration", error);
        Assert.Equal(0, job.State.WorkflowRun(Owner, Name, 4242)!.RerunCount);
    }

    [Fact]
    public async Task Legacy_rerun_workflow_warns_with_CMLs_notice_and_reruns()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.State.AddWorkflowRun(Owner, Name, 4242, job.HeadSha);

        var result = await job.RunAsync("rerun-workflow");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("::warning::\"cml rerun-workflow\" is deprecated, please use \"cml workflow rerun\"", result.Stderr);
        Assert.Equal(1, job.State.WorkflowRun(Owner, Name, 4242)!.RerunCount);
    }
}
