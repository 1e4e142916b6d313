using System.Text.Json.Serialization;

namespace ContinuousMl.Clouds.Gcp.Json;

/// <summary>The claims of the JWT a service account signs to get an access token (RFC 7523).</summary>
public sealed record GcpJwtClaims(
    [property: JsonPropertyName("iss")] string Issuer,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("aud")] string Audience,
    [property: JsonPropertyName("iat")] long IssuedAt,
    [property: JsonPropertyName("exp")] long Expires);
