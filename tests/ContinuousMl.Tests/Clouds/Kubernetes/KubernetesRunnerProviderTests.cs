using System.Text.Json.Nodes;
using ContinuousMl.Ci;
using ContinuousMl.Clouds.Kubernetes;
using ContinuousMl.Http;
using ContinuousMl.Runners.Cloud;
using FakeClouds.Kubernetes;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.Clouds.Kubernetes;

/// <summary>Our Kubernetes client, configured from a kubeconfig, against the fake API server on 127.0.0.1.</summary>
public sealed class KubernetesRunnerProviderTests : IAsyncLifetime
{
    private const string Script = "set -e\necho \"starting 'cml' runner\"\n";
    private FakeKubernetes kubernetes = null!;

    public async Task InitializeAsync() => kubernetes = await FakeKubernetes.StartAsync();

    public async Task DisposeAsync() => await kubernetes.DisposeAsync();

    [Fact]
    public async Task A_default_launch_creates_one_job_running_the_script_in_our_image()
    {
        var instance = await Provider().LaunchAsync(Request(), CancellationToken.None);

        Assert.Equal(new CloudInstance("kubernetes", "cml-k8s-1", "default"), instance);
        var post = Assert.Single(kubernetes.State.Requests);
        Assert.Equal("POST", post.Method);
        Assert.Equal("/apis/batch/v1/namespaces/default/jobs", post.Path);
        var job = JsonNode.Parse(post.Body)!;
        Assert.Equal("cml-k8s-1", (string?)job["metadata"]!["name"]);
        Assert.Equal("cml-k8s-1", (string?)job["metadata"]!["labels"]!["cml-runner"]);
        Assert.Equal(0, (int?)job["spec"]!["backoffLimit"]);
        Assert.Equal(600, (int?)job["spec"]!["ttlSecondsAfterFinished"]);
        Assert.Null(job["spec"]!["activeDeadlineSeconds"]);
        var pod = job["spec"]!["template"]!["spec"]!;
        Assert.Equal("Never", (string?)pod["restartPolicy"]);
        Assert.Null(pod["nodeSelector"]);
        Assert.Equal("cml-k8s-1", (string?)job["spec"]!["template"]!["metadata"]!["labels"]!["cml-runner"]);
        var container = pod["containers"]![0]!;
        Assert.Equal("ghcr.io/continuous-ml/continuous-ml:latest", (string?)container["image"]);
        Assert.Equal(["bash", "-c", Script], container["command"]!.AsArray().Select(c => (string?)c));
        Assert.Equal("8", (string?)container["resources"]!["requests"]!["cpu"]);
        Assert.Equal("32Gi", (string?)container["resources"]!["requests"]!["memory"]);
        Assert.Equal("32Gi", (string?)container["resources"]!["limits"]!["memory"]);
        Assert.Null(container["resources"]!["limits"]!["nvidia.com/gpu"]);
        var env = container["env"]!.AsArray();
        Assert.Contains(env, e => (string?)e!["name"] == "CML_KUBERNETES_JOB" && (string?)e["value"] == "cml-k8s-1");
        Assert.Contains(env, e => (string?)e!["name"] == "CML_KUBERNETES_NAMESPACE" && (string?)e["valueFrom"]!["fieldRef"]!["fieldPath"] == "metadata.namespace");
        Assert.True(kubernetes.State.Jobs.ContainsKey(("default", "cml-k8s-1")));
    }

    [Fact]
    public async Task Gpu_image_selector_labels_and_lifetime_reach_the_job_in_the_contexts_namespace()
    {
        kubernetes.State.Namespaces.Add("ml");
        var request = Request() with
        {
            Type = "l",
            Gpu = "v100",
            Image = "nvidia/cuda:12.4.1-runtime-ubuntu22.04",
            MaxLifetime = TimeSpan.FromHours(6),
            Metadata = new Dictionary<string, string?> { ["team"] = "vision", ["ephemeral"] = null },
            KubernetesNodeSelector = new Dictionary<string, string?> { ["accelerator"] = "infer", ["pool"] = "gpu" },
        };

        var instance = await Provider(kubernetes.Kubeconfig("ml")).LaunchAsync(request, CancellationToken.None);

        Assert.Equal("ml", instance.Region);
        var post = Assert.Single(kubernetes.State.Requests);
        Assert.Equal("/apis/batch/v1/namespaces/ml/jobs", post.Path);
        var job = JsonNode.Parse(post.Body)!;
        Assert.Equal(21600, (long?)job["spec"]!["activeDeadlineSeconds"]);
        Assert.Equal("vision", (string?)job["metadata"]!["labels"]!["team"]);
        Assert.Equal("", (string?)job["metadata"]!["labels"]!["ephemeral"]);
        var pod = job["spec"]!["template"]!["spec"]!;
        Assert.Equal("nvidia-tesla-v100", (string?)pod["nodeSelector"]!["accelerator"]);
        Assert.Equal("gpu", (string?)pod["nodeSelector"]!["pool"]);
        var container = pod["containers"]![0]!;
        Assert.Equal("nvidia/cuda:12.4.1-runtime-ubuntu22.04", (string?)container["image"]);
        Assert.Equal("32", (string?)container["resources"]!["limits"]!["cpu"]);
        Assert.Equal("256Gi", (string?)container["resources"]!["limits"]!["memory"]);
        Assert.Equal("4", (string?)container["resources"]!["limits"]!["nvidia.com/gpu"]);
        Assert.Equal("4", (string?)container["resources"]!["requests"]!["nvidia.com/gpu"]);
    }

    [Fact]
    public async Task An_inferred_accelerator_selector_is_dropped_without_a_gpu()
    {
        var request = Request() with { KubernetesNodeSelector = new Dictionary<string, string?> { ["accelerator"] = "infer" } };

        await Provider().LaunchAsync(request, CancellationToken.None);

        Assert.Null(JsonNode.Parse(Assert.Single(kubernetes.State.Requests).Body)!["spec"]!["template"]!["spec"]!["nodeSelector"]);
    }

    [Fact]
    public async Task Terminate_deletes_the_job_and_its_pod_and_is_idempotent()
    {
        var provider = Provider();
        var instance = await provider.LaunchAsync(Request(), CancellationToken.None);

        await provider.TerminateAsync(instance, CancellationToken.None);
        await provider.TerminateAsync(instance, CancellationToken.None);

        Assert.Empty(kubernetes.State.Jobs);
        var deletes = kubernetes.State.Requests.Where(r => r.Method == "DELETE").ToList();
        Assert.Equal(2, deletes.Count);
        Assert.All(deletes, delete =>
        {
            Assert.Equal("/apis/batch/v1/namespaces/default/jobs/cml-k8s-1", delete.Path);
            Assert.Equal("Background", delete.Parameter("propagationPolicy"));
            Assert.Equal("Background", (string?)JsonNode.Parse(delete.Body)!["propagationPolicy"]);
        });
    }

    [Fact]
    public async Task Wrong_credentials_name_the_kubeconfig()
    {
        var error = await Assert.ThrowsAsync<CloudRunnerException>(() =>
            Provider(kubernetes.Kubeconfig(token: "wrong-token")).LaunchAsync(Request(), CancellationToken.None));

        Assert.Equal(
            "Kubernetes rejected the credentials while creating job cml-k8s-1 in namespace default (401): check the user in KUBERNETES_CONFIGURATION or KUBECONFIG",
            error.Message);
        Assert.DoesNotContain("wrong-token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forbidden_create_names_the_permissions_to_grant()
    {
        kubernetes.State.Arm("create job", new KubernetesFault(403, "Forbidden", "jobs.batch is forbidden: User \"ci\" cannot create resource \"jobs\""));

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => Provider().LaunchAsync(Request(), CancellationToken.None));

        Assert.Equal(
            "the Kubernetes user may not do this while creating job cml-k8s-1 in namespace default (403): grant create, get and delete on jobs.batch and list on pods in namespace default",
            error.Message);
    }

    [Fact]
    public async Task A_missing_namespace_says_to_create_it()
    {
        var error = await Assert.ThrowsAsync<CloudRunnerException>(() =>
            Provider(kubernetes.Kubeconfig("nowhere")).LaunchAsync(Request(), CancellationToken.None));

        Assert.StartsWith("Kubernetes does not know namespace nowhere while creating job cml-k8s-1 in namespace nowhere (404)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_in_use_asks_for_another_name()
    {
        await Provider().LaunchAsync(Request(), CancellationToken.None);

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => Provider().LaunchAsync(Request(), CancellationToken.None));

        Assert.StartsWith("a job of that name already exists while creating job cml-k8s-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_job_repeats_the_api_servers_reason_on_one_line()
    {
        kubernetes.State.Arm("create job", new KubernetesFault(422, "Invalid", "Job.batch \"cml-k8s-1\" is invalid:\nmetadata.labels: Invalid value"));

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => Provider().LaunchAsync(Request(), CancellationToken.None));

        Assert.Equal(
            "Kubernetes refused the job while creating job cml-k8s-1 in namespace default (422): Job.batch \"cml-k8s-1\" is invalid: metadata.labels: Invalid value",
            error.Message);
    }

    [Fact]
    public async Task An_unreachable_server_names_the_server()
    {
        var kubeconfig = kubernetes.Kubeconfig();
        var server = kubernetes.BaseUrl;
        await kubernetes.DisposeAsync();

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => Provider(kubeconfig).LaunchAsync(Request(), CancellationToken.None));

        Assert.StartsWith($"cannot reach the Kubernetes API at {server}", error.Message, StringComparison.Ordinal);
        kubernetes = await FakeKubernetes.StartAsync();
    }

    [Fact]
    public async Task The_kubeconfig_comes_from_kubernetes_configuration_before_the_kubeconfig_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cml-kubeconfig-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(file, "this is not a kubeconfig");
        try
        {
            var fromContent = KubernetesCloudSettings.FromEnvironment(new DictionaryEnvironment(
                [new("KUBERNETES_CONFIGURATION", kubernetes.Kubeconfig()), new("KUBECONFIG", file)]));
            await Provider(fromContent).LaunchAsync(Request(), CancellationToken.None);
            Assert.Single(kubernetes.State.Jobs);

            var fromFile = KubernetesCloudSettings.FromEnvironment(new DictionaryEnvironment([new("KUBECONFIG", file + ":/elsewhere")]));
            var error = await Assert.ThrowsAsync<CloudRunnerException>(() => Provider(fromFile).LaunchAsync(Request(), CancellationToken.None));
            Assert.StartsWith("the kubeconfig cannot be used", error.Message, StringComparison.Ordinal);

            var none = KubernetesCloudSettings.FromEnvironment(new DictionaryEnvironment());
            error = await Assert.ThrowsAsync<CloudRunnerException>(() => Provider(none).LaunchAsync(Request(), CancellationToken.None));
            Assert.StartsWith("no Kubernetes configuration: set KUBERNETES_CONFIGURATION", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private KubernetesRunnerProvider Provider(string? kubeconfig = null) =>
        Provider(new KubernetesCloudSettings { KubeconfigContent = kubeconfig ?? kubernetes.Kubeconfig() });

    // Millisecond back-off: the unreachable server's connection errors are retried, and the test need not wait.
    private static KubernetesRunnerProvider Provider(KubernetesCloudSettings settings) =>
        new(new KubernetesConnectionFactory(settings, new HttpPipelineOptions { BaseDelay = TimeSpan.FromMilliseconds(1) }), NullLogger<KubernetesRunnerProvider>.Instance);

    private static CloudRunnerRequest Request() => new() { Name = "cml-k8s-1", StartupScript = Script };
}
