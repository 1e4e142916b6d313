namespace ContinuousMl.Clouds.Kubernetes.Json;

public sealed record KubernetesEnvVarSource
{
    public KubernetesObjectFieldSelector? FieldRef { get; init; }
}
