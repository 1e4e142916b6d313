namespace ContinuousMl.Clouds.Gcp.Json;

public sealed record GcpMetadataItem(string Key, string Value);
