namespace ContinuousMl.Clouds.Kubernetes.Json;

/// <summary>Requests and limits as quantity strings (<c>8</c>, <c>32Gi</c>), keyed by resource name (<c>cpu</c>, <c>nvidia.com/gpu</c>).</summary>
public sealed record KubernetesResourceRequirements
{
    public Dictionary<string, string>? Requests { get; init; }

    public Dictionary<string, string>? Limits { get; init; }
}
