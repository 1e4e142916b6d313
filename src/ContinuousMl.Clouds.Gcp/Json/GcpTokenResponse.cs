using System.Text.Json.Serialization;

namespace ContinuousMl.Clouds.Gcp.Json;

public sealed record GcpTokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; init; }
}
