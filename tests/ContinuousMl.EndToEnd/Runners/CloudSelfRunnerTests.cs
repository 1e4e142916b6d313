using ContinuousMl.EndToEnd.Infrastructure;
using FakeClouds.Ec2;
using FakeClouds.Metadata;

namespace ContinuousMl.EndToEnd.Runners;

// The instance side of cloud mode: what the startup script runs on an EC2 instance, `cml runner launch --cloud-self
// aws`, as a local GitHub runner (tests/FakeRunner) that asks the instance metadata service (a 127.0.0.1 fake, IMDSv2)
// who it is and whether EC2 is reclaiming it, and terminates its own instance (FakeEc2) once the runner is gone.
public sealed class CloudSelfRunnerTests
{
    private const string Scope = $"{GitHubActionsJob.Owner}/{GitHubActionsJob.Name}";
    private const string SpotNotice = "/latest/meta-data/spot/instance-action";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task After_its_idle_timeout_the_runner_unregisters_then_terminates_its_own_instance()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        await using var ec2 = await FakeEc2.StartAsync();
        await using var metadata = await FakeInstanceMetadata.StartAsync();
        var other = ec2.State.AddRunningInstance();
        var self = ec2.State.AddRunningInstance();
        UseInstance(job, ec2, metadata, self);
        using var program = FakeRunnerProgram.Create();
        using var cml = job.Start(LocalRunnerTests.Launch(program, "--cloud-self", "aws", "--name", "e2e-self-idle", "--idle-timeout", "3"));
        await cml.WaitUntilAsync(() => job.State.Runners(Scope).Any(r => r.Name == "e2e-self-idle" && r.Status == "online"), Patience, "the runner registering");
        var jobId = job.State.QueueRunnerJob(Scope, "train", duration: TimeSpan.FromMilliseconds(500));

        var exit = await cml.WaitForExitAsync(Patience);

        Assert.True(exit == 0, cml.Stderr);
        Assert.True(job.State.RunnerJob(jobId)!.Finished);
        Assert.Empty(job.State.Runners(Scope));
        Assert.Equal(1, job.State.RunnerRemovals);
        var terminate = Assert.Single(ec2.State.RequestsFor("TerminateInstances"));
        Assert.Equal(self.InstanceId, terminate.Parameter("InstanceId.1"));
        Assert.Equal("terminated", ec2.State.Instances.Single(i => i.InstanceId == self.InstanceId).State);
        Assert.Equal("running", ec2.State.Instances.Single(i => i.InstanceId == other.InstanceId).State);
        Assert.Equal("timeout:3", (string?)LocalRunnerTests.StatusLines(cml.Stdout)[^1]["reason"]);
        var unregistering = cml.Stderr.IndexOf("Unregistering runner e2e-self-idle", StringComparison.Ordinal);
        var terminating = cml.Stderr.IndexOf(self.InstanceId, StringComparison.Ordinal);
        Assert.True(unregistering >= 0 && terminating > unregistering, cml.Stderr);
        Assert.Contains(metadata.Requests, r => r.Method == "PUT" && r.Path == "/latest/api/token");
        Assert.DoesNotContain("fake-secret", cml.Stdout + cml.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_spot_interruption_unregisters_the_busy_runner_and_reruns_the_interrupted_run_unless_no_retry(bool noRetry)
    {
        await using var job = await GitHubActionsJob.StartAsync();
        await using var ec2 = await FakeEc2.StartAsync();
        await using var metadata = await FakeInstanceMetadata.StartAsync();
        var self = ec2.State.AddRunningInstance();
        UseInstance(job, ec2, metadata, self);
        job.State.AddWorkflowRun(GitHubActionsJob.Owner, GitHubActionsJob.Name, 5160, job.HeadSha, status: "in_progress");
        using var program = FakeRunnerProgram.Create();
        string[] extra = noRetry ? ["--no-retry"] : [];
        using var cml = job.Start(LocalRunnerTests.Launch(program, ["--cloud-self", "aws", "--name", "e2e-spot", "--idle-timeout", "never", .. extra]));
        await cml.WaitUntilAsync(() => job.State.Runners(Scope).Any(r => r.Status == "online"), Patience, "the runner registering");
        var jobId = job.State.QueueRunnerJob(Scope, "train", runId: 5160);
        await cml.WaitUntilAsync(() => cml.Stdout.Contains("job_started", StringComparison.Ordinal), Patience, "the job_started status line");
        Assert.Contains(metadata.Requests, r => r.Path == SpotNotice);

        metadata.Values[SpotNotice] = "{\"action\": \"terminate\", \"time\": \"2026-11-27T10:50:00Z\"}";
        var exit = await cml.WaitForExitAsync(Patience);

        Assert.True(exit == 0, cml.Stderr);
        Assert.False(job.State.RunnerJob(jobId)!.Released);
        Assert.Empty(job.State.Runners(Scope));
        Assert.Equal("spot-interruption", (string?)LocalRunnerTests.StatusLines(cml.Stdout)[^1]["reason"]);
        var run = job.State.WorkflowRun(GitHubActionsJob.Owner, GitHubActionsJob.Name, 5160)!;
        Assert.Equal(noRetry ? 0 : 1, run.RerunCount);
        Assert.Equal(!noRetry, cml.Stderr.Contains("Still pending jobs, retrying workflow...", StringComparison.Ordinal));
        Assert.Equal(self.InstanceId, Assert.Single(ec2.State.RequestsFor("TerminateInstances")).Parameter("InstanceId.1"));
    }

    private static void UseInstance(GitHubActionsJob job, FakeEc2 ec2, FakeInstanceMetadata metadata, Ec2Instance self)
    {
        metadata.Values["/latest/meta-data/instance-id"] = self.InstanceId;
        metadata.Values["/latest/meta-data/placement/region"] = "us-east-1";
        job.Environment["CML_CLOUD_METADATA_URL"] = metadata.BaseUrl.AbsoluteUri;
        job.Environment["AWS_ENDPOINT_URL_EC2"] = ec2.BaseUrl.AbsoluteUri;
        job.Environment["AWS_ACCESS_KEY_ID"] = ec2.State.AcceptedAccessKeyId;
        job.Environment["AWS_SECRET_ACCESS_KEY"] = "fake-secret-for-tests";
        job.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
    }
}
