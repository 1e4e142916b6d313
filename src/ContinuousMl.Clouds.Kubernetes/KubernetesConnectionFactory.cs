using System.Text;
using ContinuousMl.Runners.Cloud;
using k8s;
using k8s.Exceptions;

namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>Opens a <see cref="KubernetesConnection"/> from explicit settings; never from in-cluster service account probing.</summary>
public sealed class KubernetesConnectionFactory
{
    private readonly KubernetesCloudSettings settings;

    public KubernetesConnectionFactory(KubernetesCloudSettings settings)
    {
        this.settings = settings;
    }

    public KubernetesCloudSettings Settings => settings;

    public KubernetesConnection Open()
    {
        KubernetesClientConfiguration configuration;
        try
        {
            if (settings.KubeconfigContent is { } content)
            {
                using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
                configuration = KubernetesClientConfiguration.BuildConfigFromConfigFile(stream);
            }
            else if (settings.KubeconfigPath is { } path && File.Exists(path))
            {
                configuration = KubernetesClientConfiguration.BuildConfigFromConfigFile(new FileInfo(path));
            }
            else
            {
                throw new CloudRunnerException(
                    "no Kubernetes configuration: set KUBERNETES_CONFIGURATION to the kubeconfig's content, or KUBECONFIG to its path");
            }
        }
        catch (Exception exception) when (exception is KubeConfigException or FormatException or IOException or ArgumentException
            or YamlDotNet.Core.YamlException or InvalidOperationException or InvalidCastException)
        {
            throw new CloudRunnerException($"the kubeconfig cannot be used ({exception.GetType().Name}): check KUBERNETES_CONFIGURATION or KUBECONFIG", exception);
        }

        var @namespace = string.IsNullOrWhiteSpace(configuration.Namespace) ? "default" : configuration.Namespace;
        return new KubernetesConnection(new k8s.Kubernetes(configuration), @namespace, new Uri(configuration.Host));
    }
}
