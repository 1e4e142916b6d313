using System.Text.Json.Serialization;

namespace ContinuousMl.Clouds.Kubernetes.Json;

/// <summary>The API server's camelCase JSON without reflection, so the native build serialises it too.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(KubernetesJob))]
[JsonSerializable(typeof(KubernetesDeleteOptions))]
[JsonSerializable(typeof(KubernetesStatus))]
public sealed partial class KubernetesJsonContext : JsonSerializerContext
{
}
