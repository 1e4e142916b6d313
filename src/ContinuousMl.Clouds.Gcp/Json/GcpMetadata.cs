namespace ContinuousMl.Clouds.Gcp.Json;

public sealed record GcpMetadata(List<GcpMetadataItem> Items);
