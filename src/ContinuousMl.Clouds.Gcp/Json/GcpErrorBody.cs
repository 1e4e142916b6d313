namespace ContinuousMl.Clouds.Gcp.Json;

public sealed record GcpErrorBody
{
    public int Code { get; init; }

    public string? Message { get; init; }

    public string? Status { get; init; }

    public List<GcpErrorItem>? Errors { get; init; }
}
