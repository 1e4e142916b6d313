using ContinuousMl.Ci;

namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>
/// Where the kubeconfig comes from, as CML/TPI read it: the content of <c>KUBERNETES_CONFIGURATION</c>, else the
/// file named by <c>KUBECONFIG</c> (first of a colon-separated list), else <c>~/.kube/config</c>; inside a pod
/// without any of them, its service account.
/// </summary>
public sealed record KubernetesCloudSettings
{
    public string? KubeconfigContent { get; init; }

    public string? KubeconfigPath { get; init; }

    /// <summary>The API server as a pod sees it (<c>KUBERNETES_SERVICE_HOST</c>/<c>PORT</c>); null outside a cluster.</summary>
    public Uri? InClusterServer { get; init; }

    /// <summary>Where a pod's service account token, CA and namespace are mounted.</summary>
    public string ServiceAccountDirectory { get; init; } = KubernetesInCluster.DefaultServiceAccountDirectory;

    /// <summary>The container image when <c>--cloud-image</c> is not given: our image, which has <c>cml</c> and bash.</summary>
    public string DefaultImage { get; init; } = "ghcr.io/continuous-ml/continuous-ml:latest";

    /// <summary>How long Kubernetes keeps a finished job (and its pod's logs) before deleting it.</summary>
    public TimeSpan FinishedJobTtl { get; init; } = TimeSpan.FromMinutes(10);

    public static KubernetesCloudSettings FromEnvironment(IEnvironmentVariables environment)
    {
        var content = environment.Get("KUBERNETES_CONFIGURATION");
        var path = environment.Get("KUBECONFIG")?.Split(':', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (string.IsNullOrWhiteSpace(path) && environment.Get("HOME") is { Length: > 0 } home)
        {
            path = Path.Combine(home, ".kube", "config");
        }

        return new KubernetesCloudSettings
        {
            KubeconfigContent = string.IsNullOrWhiteSpace(content) ? null : content,
            KubeconfigPath = string.IsNullOrWhiteSpace(path) ? null : path,
            InClusterServer = KubernetesInCluster.Server(environment.Get("KUBERNETES_SERVICE_HOST"), environment.Get("KUBERNETES_SERVICE_PORT")),
        };
    }
}
