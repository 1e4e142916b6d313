namespace ContinuousMl.Clouds.Kubernetes.Json;

public sealed record KubernetesEnvVar
{
    public required string Name { get; init; }

    public string? Value { get; init; }

    public KubernetesEnvVarSource? ValueFrom { get; init; }
}
