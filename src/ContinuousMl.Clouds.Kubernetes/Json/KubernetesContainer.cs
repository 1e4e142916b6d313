namespace ContinuousMl.Clouds.Kubernetes.Json;

public sealed record KubernetesContainer
{
    public string? Name { get; init; }

    public string? Image { get; init; }

    public List<string>? Command { get; init; }

    public KubernetesResourceRequirements? Resources { get; init; }

    public List<KubernetesEnvVar>? Env { get; init; }
}
