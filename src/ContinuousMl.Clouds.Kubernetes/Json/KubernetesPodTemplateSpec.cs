namespace ContinuousMl.Clouds.Kubernetes.Json;

public sealed record KubernetesPodTemplateSpec
{
    public KubernetesObjectMeta? Metadata { get; init; }

    public KubernetesPodSpec? Spec { get; init; }
}
