namespace ContinuousMl.Clouds.Kubernetes.Json;

public sealed record KubernetesPodSpec
{
    public string? RestartPolicy { get; init; }

    public Dictionary<string, string>? NodeSelector { get; init; }

    public List<KubernetesContainer>? Containers { get; init; }
}
