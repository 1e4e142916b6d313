using System.Security.Authentication;
using ContinuousMl.Clouds.Kubernetes.Json;
using ContinuousMl.Runners.Cloud;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>
/// Starts a runner as a batch/v1 Job of one pod that runs the startup script in our image. A runner that stops
/// (idle, single job) ends its container, the job completes and Kubernetes deletes it after a while; the job's
/// <c>activeDeadlineSeconds</c> enforces <c>--max-lifetime</c> even if the runner hangs.
/// </summary>
public sealed class KubernetesRunnerProvider : ICloudRunnerProvider
{
    public const string CloudName = "kubernetes";

    public const string RunnerLabel = "cml-runner";

    /// <summary>The job's name and namespace, given to the container so its runner can describe itself without API calls.</summary>
    public const string JobVariable = "CML_KUBERNETES_JOB";

    public const string NamespaceVariable = "CML_KUBERNETES_NAMESPACE";

    private const string GpuResource = "nvidia.com/gpu";

    private readonly KubernetesConnectionFactory connections;
    private readonly ILogger logger;

    public KubernetesRunnerProvider(KubernetesConnectionFactory connections, ILogger<KubernetesRunnerProvider> logger)
    {
        this.connections = connections;
        this.logger = logger;
    }

    public string Cloud => CloudName;

    public async Task<CloudInstance> LaunchAsync(CloudRunnerRequest request, CancellationToken cancellationToken)
    {
        var resources = KubernetesResourceMap.Resolve(request.Type, request.Gpu);
        using var connection = connections.Open();
        var job = BuildJob(request, resources, connections.Settings);
        var action = $"creating job {job.Metadata!.Name} in namespace {connection.Namespace}";
        try
        {
            var created = await connection.Client.CreateJobAsync(connection.Namespace, job, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Created Kubernetes job {Job} in namespace {Namespace}", created, connection.Namespace);
            return new CloudInstance(CloudName, created, connection.Namespace);
        }
        catch (KubernetesApiException exception)
        {
            throw KubernetesErrors.Translate(exception, action, connection.Namespace);
        }
        catch (HttpRequestException exception)
        {
            throw Unreachable(exception, connection.Server, action);
        }
    }

    public async Task TerminateAsync(CloudInstance instance, CancellationToken cancellationToken)
    {
        if (!string.Equals(instance.Cloud, CloudName, StringComparison.Ordinal))
        {
            throw new ArgumentException($"instance {instance.Id} belongs to {instance.Cloud}, not {CloudName}", nameof(instance));
        }

        using var connection = connections.Open();
        var action = $"deleting job {instance.Id} in namespace {instance.Region}";
        try
        {
            // Background propagation deletes the job's pod too; the default (orphan) would leave it running.
            if (await connection.Client.DeleteJobAsync(instance.Region, instance.Id, cancellationToken).ConfigureAwait(false))
            {
                logger.LogInformation("Deleted Kubernetes job {Job} in namespace {Namespace}", instance.Id, instance.Region);
            }
            else
            {
                logger.LogInformation("Kubernetes job {Job} is already gone", instance.Id);
            }
        }
        catch (KubernetesApiException exception)
        {
            throw KubernetesErrors.Translate(exception, action, instance.Region);
        }
        catch (HttpRequestException exception)
        {
            throw Unreachable(exception, connection.Server, action);
        }
    }

    internal static KubernetesJob BuildJob(CloudRunnerRequest request, KubernetesResources resources, KubernetesCloudSettings settings)
    {
        var name = KubernetesJobName.From(request.Name);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Metadata)
        {
            labels[key] = value ?? "";
        }

        labels[RunnerLabel] = name;

        var quantities = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["cpu"] = KubernetesQuantity.Count(resources.Cores),
            ["memory"] = KubernetesQuantity.MebiBytes(resources.MemoryMiB),
        };
        if (resources.GpuCount > 0)
        {
            quantities[GpuResource] = KubernetesQuantity.Count(resources.GpuCount);
        }

        return new KubernetesJob
        {
            Metadata = new KubernetesObjectMeta { Name = name, Labels = labels },
            Spec = new KubernetesJobSpec
            {
                // A runner that failed is not started again: the launching job would wait for a second registration.
                BackoffLimit = 0,
                TtlSecondsAfterFinished = (int)settings.FinishedJobTtl.TotalSeconds,
                ActiveDeadlineSeconds = request.MaxLifetime is { } lifetime ? (long)Math.Ceiling(lifetime.TotalSeconds) : null,
                Template = new KubernetesPodTemplateSpec
                {
                    Metadata = new KubernetesObjectMeta { Labels = new Dictionary<string, string>(labels, StringComparer.Ordinal) },
                    Spec = new KubernetesPodSpec
                    {
                        RestartPolicy = "Never",
                        NodeSelector = NodeSelector(request, resources),
                        Containers =
                        [
                            new KubernetesContainer
                            {
                                Name = "runner",
                                Image = string.IsNullOrWhiteSpace(request.Image) ? settings.DefaultImage : request.Image.Trim(),
                                Command = ["bash", "-c", request.StartupScript],
                                Resources = new KubernetesResourceRequirements
                                {
                                    Requests = new Dictionary<string, string>(quantities, StringComparer.Ordinal),
                                    Limits = new Dictionary<string, string>(quantities, StringComparer.Ordinal),
                                },
                                Env =
                                [
                                    new KubernetesEnvVar { Name = JobVariable, Value = name },
                                    new KubernetesEnvVar
                                    {
                                        Name = NamespaceVariable,
                                        ValueFrom = new KubernetesEnvVarSource { FieldRef = new KubernetesObjectFieldSelector { FieldPath = "metadata.namespace" } },
                                    },
                                ],
                            },
                        ],
                    },
                },
            },
        };
    }

    // A certificate the kubeconfig's authority does not vouch for is a trust problem, not a network one.
    private static CloudRunnerException Unreachable(HttpRequestException exception, Uri server, string action) =>
        exception.HttpRequestError == HttpRequestError.SecureConnectionError || exception.InnerException is AuthenticationException
            ? new CloudRunnerException(
                $"the Kubernetes API at {server} failed TLS verification while {action}: check the kubeconfig's certificate-authority-data and server", exception)
            : new CloudRunnerException($"cannot reach the Kubernetes API at {server} while {action}: check the kubeconfig's server", exception);

    // TPI's "infer" stands for the accelerator model of the requested GPU; without a GPU that selector means nothing.
    private static Dictionary<string, string>? NodeSelector(CloudRunnerRequest request, KubernetesResources resources)
    {
        var selector = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.KubernetesNodeSelector)
        {
            if (string.Equals(value, "infer", StringComparison.Ordinal))
            {
                if (resources.GpuModel is { } model)
                {
                    selector[key] = model;
                }

                continue;
            }

            selector[key] = value ?? "";
        }

        return selector.Count == 0 ? null : selector;
    }
}
