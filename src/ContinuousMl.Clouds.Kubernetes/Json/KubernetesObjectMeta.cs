namespace ContinuousMl.Clouds.Kubernetes.Json;

public sealed record KubernetesObjectMeta
{
    public string? Name { get; init; }

    public Dictionary<string, string>? Labels { get; init; }
}
