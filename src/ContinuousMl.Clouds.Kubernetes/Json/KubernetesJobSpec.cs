namespace ContinuousMl.Clouds.Kubernetes.Json;

public sealed record KubernetesJobSpec
{
    public int? BackoffLimit { get; init; }

    public int? TtlSecondsAfterFinished { get; init; }

    public long? ActiveDeadlineSeconds { get; init; }

    public KubernetesPodTemplateSpec? Template { get; init; }
}
