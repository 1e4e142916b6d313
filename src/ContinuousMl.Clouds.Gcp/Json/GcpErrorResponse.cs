namespace ContinuousMl.Clouds.Gcp.Json;

public sealed record GcpErrorResponse(GcpErrorBody? Error);
