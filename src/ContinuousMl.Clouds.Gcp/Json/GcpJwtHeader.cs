using System.Text.Json.Serialization;

namespace ContinuousMl.Clouds.Gcp.Json;

public sealed record GcpJwtHeader(
    [property: JsonPropertyName("alg")] string Algorithm,
    [property: JsonPropertyName("typ")] string Type,
    [property: JsonPropertyName("kid")] string? KeyId);
