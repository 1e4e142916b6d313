namespace ContinuousMl.Clouds.Kubernetes.Json;

/// <summary>A batch/v1 Job (only the fields a runner sets); also read back from the create call's answer.</summary>
public sealed record KubernetesJob
{
    public string ApiVersion { get; init; } = "batch/v1";

    public string Kind { get; init; } = "Job";

    public KubernetesObjectMeta? Metadata { get; init; }

    public KubernetesJobSpec? Spec { get; init; }
}
