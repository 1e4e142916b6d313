using ContinuousMl.Ci;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>
/// The job this runner's pod belongs to, from the variables <see cref="KubernetesRunnerProvider"/> puts in the
/// container (the job name, and the namespace through the downward API). Kubernetes has no spot notice for pods:
/// a reclaimed node's pods get SIGTERM, which the runner already handles.
/// </summary>
public sealed class KubernetesInstanceSelf : ICloudInstanceSelf
{
    private const string ServiceAccountNamespaceFile = "/var/run/secrets/kubernetes.io/serviceaccount/namespace";

    private readonly IEnvironmentVariables environment;
    private readonly string namespaceFile;

    public KubernetesInstanceSelf(IEnvironmentVariables environment, string namespaceFile = ServiceAccountNamespaceFile)
    {
        this.environment = environment;
        this.namespaceFile = namespaceFile;
    }

    public string Cloud => KubernetesRunnerProvider.CloudName;

    public Task<CloudInstance> DescribeSelfAsync(CancellationToken cancellationToken)
    {
        var job = environment.Get(KubernetesRunnerProvider.JobVariable);
        if (string.IsNullOrWhiteSpace(job))
        {
            // A job's pod is named <job>-<5 random characters>; HOSTNAME is the pod name.
            var pod = environment.Get("HOSTNAME");
            if (string.IsNullOrWhiteSpace(pod) || pod.LastIndexOf('-') <= 0)
            {
                throw new CloudRunnerException($"this runner does not know its Kubernetes job: {KubernetesRunnerProvider.JobVariable} and HOSTNAME are not set");
            }

            job = pod[..pod.LastIndexOf('-')];
        }

        var @namespace = environment.Get(KubernetesRunnerProvider.NamespaceVariable);
        if (string.IsNullOrWhiteSpace(@namespace) && File.Exists(namespaceFile))
        {
            @namespace = File.ReadAllText(namespaceFile).Trim();
        }

        return Task.FromResult(new CloudInstance(KubernetesRunnerProvider.CloudName, job.Trim(), string.IsNullOrWhiteSpace(@namespace) ? "default" : @namespace.Trim()));
    }

    public Task<bool> IsBeingReclaimedAsync(CancellationToken cancellationToken) => Task.FromResult(false);
}
