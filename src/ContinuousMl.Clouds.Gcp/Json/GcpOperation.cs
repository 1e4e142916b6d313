namespace ContinuousMl.Clouds.Gcp.Json;

/// <summary>A zonal operation: <c>PENDING</c>, <c>RUNNING</c> or <c>DONE</c>, with <see cref="Error"/> when it failed.</summary>
public sealed record GcpOperation
{
    public string? Name { get; init; }

    public string? Status { get; init; }

    public string? Zone { get; init; }

    public GcpOperationError? Error { get; init; }
}
