using System.Text.Json.Serialization;

namespace ContinuousMl.Clouds.Gcp.Json;

/// <summary>Compute Engine's camelCase JSON without reflection, so the native build serialises it too.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GcpInstanceResource))]
[JsonSerializable(typeof(GcpOperation))]
[JsonSerializable(typeof(GcpErrorResponse))]
[JsonSerializable(typeof(GcpTokenResponse))]
[JsonSerializable(typeof(GcpServiceAccountKey))]
[JsonSerializable(typeof(GcpJwtHeader))]
[JsonSerializable(typeof(GcpJwtClaims))]
public sealed partial class GcpJsonContext : JsonSerializerContext
{
}
