using System.Text.Json.Serialization;

namespace ContinuousMl.Clouds.Gcp.Json;

/// <summary>A service account key file as the Cloud console downloads it.</summary>
public sealed record GcpServiceAccountKey
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("project_id")]
    public string? ProjectId { get; init; }

    [JsonPropertyName("private_key_id")]
    public string? PrivateKeyId { get; init; }

    [JsonPropertyName("private_key")]
    public string? PrivateKey { get; init; }

    [JsonPropertyName("client_email")]
    public string? ClientEmail { get; init; }

    [JsonPropertyName("token_uri")]
    public string? TokenUri { get; init; }
}
