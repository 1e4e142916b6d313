namespace ContinuousMl.Clouds.Kubernetes.Json;

/// <summary>The downward API: a field of the pod itself, such as <c>metadata.namespace</c>.</summary>
public sealed record KubernetesObjectFieldSelector
{
    public required string FieldPath { get; init; }
}
