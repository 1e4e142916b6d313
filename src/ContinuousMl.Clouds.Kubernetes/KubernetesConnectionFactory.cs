using System.Security.Cryptography;
using ContinuousMl.Http;
using ContinuousMl.Runners.Cloud;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>
/// Opens a <see cref="KubernetesConnection"/> from explicit settings: a kubeconfig's content or file, and only when
/// neither exists, the pod's service account (a runner launched from inside a cluster).
/// </summary>
public sealed class KubernetesConnectionFactory
{
    private readonly KubernetesCloudSettings settings;
    private readonly HttpPipelineOptions pipelineOptions;
    private readonly ILogger logger;

    public KubernetesConnectionFactory(KubernetesCloudSettings settings, HttpPipelineOptions? pipelineOptions = null, ILogger? logger = null)
    {
        this.settings = settings;
        this.pipelineOptions = pipelineOptions ?? new HttpPipelineOptions();
        this.logger = logger ?? NullLogger.Instance;
    }

    public KubernetesCloudSettings Settings => settings;

    public KubernetesConnection Open()
    {
        var config = LoadConfig();
        try
        {
            // The cluster's own sockets (its trust, its client certificate) under the shared retries and timeouts.
            var handler = ForgeHttpPipeline.CreateHandler(pipelineOptions, logger, KubernetesTransport.CreateHandler(config));
            var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
            return new KubernetesConnection(new KubernetesApiClient(http, config.Server, config.Authorization), config.Namespace, config.Server, config);
        }
        catch
        {
            config.Dispose();
            throw;
        }
    }

    private KubernetesClusterConfig LoadConfig()
    {
        try
        {
            if (settings.KubeconfigContent is { } content)
            {
                return KubeconfigParser.Parse(content, null);
            }

            if (settings.KubeconfigPath is { } path && File.Exists(path))
            {
                return KubeconfigParser.Parse(File.ReadAllText(path), Path.GetDirectoryName(Path.GetFullPath(path)));
            }

            return KubernetesInCluster.TryLoad(settings.InClusterServer, settings.ServiceAccountDirectory)
                ?? throw new CloudRunnerException(
                    "no Kubernetes configuration: set KUBERNETES_CONFIGURATION to the kubeconfig's content, or KUBECONFIG to its path");
        }
        catch (Exception exception) when (exception is FormatException or IOException or UnauthorizedAccessException or ArgumentException
            or CryptographicException or YamlDotNet.Core.YamlException)
        {
            // The type only: a parser's message may quote the kubeconfig, secrets included.
            throw new CloudRunnerException($"the kubeconfig cannot be used ({exception.GetType().Name}): check KUBERNETES_CONFIGURATION or KUBECONFIG", exception);
        }
    }
}
