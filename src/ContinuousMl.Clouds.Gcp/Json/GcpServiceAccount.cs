namespace ContinuousMl.Clouds.Gcp.Json;

public sealed record GcpServiceAccount(string Email, List<string> Scopes);
