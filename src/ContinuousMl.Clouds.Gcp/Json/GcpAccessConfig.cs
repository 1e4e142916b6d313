namespace ContinuousMl.Clouds.Gcp.Json;

public sealed record GcpAccessConfig(string Type, string Name);
