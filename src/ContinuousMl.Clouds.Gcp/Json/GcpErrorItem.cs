namespace ContinuousMl.Clouds.Gcp.Json;

/// <summary>One error of an operation (<see cref="Code"/>) or of an HTTP error answer (<see cref="Reason"/>).</summary>
public sealed record GcpErrorItem
{
    public string? Code { get; init; }

    public string? Reason { get; init; }

    public string? Message { get; init; }
}
