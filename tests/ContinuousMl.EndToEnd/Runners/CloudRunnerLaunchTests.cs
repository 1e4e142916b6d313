using System.Text;
using ContinuousMl.EndToEnd.Checks;
using ContinuousMl.EndToEnd.Infrastructure;
using FakeClouds.Ec2;
using FakeClouds.Kubernetes;

namespace ContinuousMl.EndToEnd.Runners;

// `cml runner launch --cloud …` from a CI job: the real SDK/REST clients against fake EC2 and Kubernetes APIs on
// 127.0.0.1, the forge is FakeForge's GitHub; "the instance's runner registering" is the test adding it there.
public sealed class CloudRunnerLaunchTests
{
    private const string Scope = $"{GitHubActionsJob.Owner}/{GitHubActionsJob.Name}";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_ec2_launch_starts_the_instance_with_the_runner_script_and_returns_once_it_registered()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        await using var ec2 = await FakeEc2.StartAsync();
        UseEc2(job, ec2);

        using var cml = job.Start("runner", "launch", "--cloud", "aws", "--cloud-region", "us-east-1", "--cloud-type", "g4dn.xlarge",
            "--cloud-hdd-size", "100", "--cloud-spot", "--cloud-metadata", "team=ml", "--name", "gpu-e2e", "--labels", "cml-gpu", "--cloud-launch-timeout", "60s");
        await cml.WaitUntilAsync(() => ec2.State.Instances.Count == 1, Patience, "RunInstances");
        job.State.AddRunner(Scope, "gpu-e2e", ["self-hosted", "cml-gpu"]);
        var exit = await cml.WaitForExitAsync(Patience);

        Assert.True(exit == 0, cml.Stderr);
        var run = Assert.Single(ec2.State.RequestsFor("RunInstances"));
        Assert.Equal("g4dn.xlarge", run.Parameter("InstanceType"));
        Assert.Equal("100", run.Parameter("BlockDeviceMapping.1.Ebs.VolumeSize"));
        Assert.Equal("spot", run.Parameter("InstanceMarketOptions.MarketType"));
        Assert.Equal("terminate", run.Parameter("InstanceInitiatedShutdownBehavior"));
        var script = Encoding.UTF8.GetString(Convert.FromBase64String(run.Parameter("UserData")!));
        Assert.Contains("runner launch", script, StringComparison.Ordinal);
        Assert.Contains("cml-gpu", script, StringComparison.Ordinal);
        var tags = ec2.State.Instances.Single().Tags;
        Assert.Contains(tags, tag => tag.Key == "team" && tag.Value == "ml");
        Assert.Contains(tags, tag => tag.Key == "cml-runner" && tag.Value == "gpu-e2e");
        Assert.Empty(ec2.State.RequestsFor("TerminateInstances"));
        Assert.DoesNotContain(GitHubActionsJob.Token, cml.Stdout + cml.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ec2_instance_whose_runner_never_registers_is_terminated_and_the_step_fails()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        await using var ec2 = await FakeEc2.StartAsync();
        UseEc2(job, ec2);

        var result = await job.RunAsync("runner", "launch", "--cloud", "aws", "--cloud-region", "us-east-1", "--name", "never-e2e", "--cloud-launch-timeout", "3s");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("never-e2e", CheckCreateTests.LastLine(result.Stderr), StringComparison.Ordinal);
        var instance = Assert.Single(ec2.State.Instances);
        Assert.Equal(instance.InstanceId, Assert.Single(ec2.State.RequestsFor("TerminateInstances")).Parameter("InstanceId.1"));
        Assert.Equal("terminated", instance.State);
    }

    [Fact]
    public async Task Ec2_refusing_the_credentials_is_one_line_and_starts_nothing()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        await using var ec2 = await FakeEc2.StartAsync();
        UseEc2(job, ec2);
        job.Environment["AWS_ACCESS_KEY_ID"] = "AKIAWRONGWRONGWRONG0";

        var result = await job.RunAsync("runner", "launch", "--cloud", "aws", "--cloud-region", "us-east-1", "--name", "denied-e2e", "--cloud-launch-timeout", "3s");

        Assert.Equal(1, result.ExitCode);
        var error = CheckCreateTests.LastLine(result.Stderr);
        Assert.Contains("AWS_ACCESS_KEY_ID", error, StringComparison.Ordinal);
        Assert.DoesNotContain("fake-secret", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(ec2.State.Instances);
    }

    [Fact]
    public async Task A_kubernetes_launch_creates_a_job_and_deletes_it_when_the_runner_never_registers()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        await using var kubernetes = await FakeKubernetes.StartAsync();
        job.Environment["KUBERNETES_CONFIGURATION"] = kubernetes.Kubeconfig(token: kubernetes.State.AcceptedToken);

        var result = await job.RunAsync("runner", "launch", "--cloud", "kubernetes", "--cloud-type", "m", "--cloud-gpu", "v100",
            "--name", "k8s-e2e", "--labels", "cml-k8s", "--cloud-launch-timeout", "3s");

        Assert.Equal(1, result.ExitCode);
        Assert.True(kubernetes.State.Requests.Any(request => request.Method == "POST"), result.Stderr);
        var created = Assert.Single(kubernetes.State.Requests, request => request.Method == "POST");
        Assert.Contains("/apis/batch/v1/namespaces/default/jobs", created.Path, StringComparison.Ordinal);
        Assert.Contains("nvidia.com/gpu", created.Body, StringComparison.Ordinal);
        Assert.Contains("k8s-e2e", created.Body, StringComparison.Ordinal);
        Assert.Contains(kubernetes.State.Requests, request => request.Method == "DELETE" && request.Path.EndsWith("/jobs/k8s-e2e", StringComparison.Ordinal));
        Assert.Empty(kubernetes.State.Jobs);
    }

    private static void UseEc2(GitHubActionsJob job, FakeEc2 ec2)
    {
        job.Environment["AWS_ENDPOINT_URL_EC2"] = ec2.BaseUrl.AbsoluteUri;
        job.Environment["AWS_ACCESS_KEY_ID"] = ec2.State.AcceptedAccessKeyId;
        job.Environment["AWS_SECRET_ACCESS_KEY"] = "fake-secret-for-tests";
        job.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
    }
}
