namespace ContinuousMl.Clouds.Kubernetes.Json;

/// <summary>The body of a delete; <c>Background</c> propagation deletes the job's pods too.</summary>
public sealed record KubernetesDeleteOptions
{
    public string? PropagationPolicy { get; init; }
}
