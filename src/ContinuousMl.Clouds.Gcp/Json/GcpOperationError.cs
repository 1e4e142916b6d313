namespace ContinuousMl.Clouds.Gcp.Json;

public sealed record GcpOperationError(List<GcpErrorItem>? Errors);
