namespace ContinuousMl.Clouds.Kubernetes.Json;

/// <summary>The API server's <c>Status</c> object, its explanation of a failed call (only the fields we report).</summary>
public sealed record KubernetesStatus
{
    public string? Message { get; init; }

    public string? Reason { get; init; }
}
