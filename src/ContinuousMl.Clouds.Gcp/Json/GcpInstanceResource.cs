namespace ContinuousMl.Clouds.Gcp.Json;

/// <summary>The body of Compute Engine's <c>instances.insert</c> (only the fields a runner sets).</summary>
public sealed record GcpInstanceResource
{
    public required string Name { get; init; }

    public required string MachineType { get; init; }

    public Dictionary<string, string>? Labels { get; init; }

    public GcpMetadata? Metadata { get; init; }

    public List<GcpAttachedDisk>? Disks { get; init; }

    public List<GcpNetworkInterface>? NetworkInterfaces { get; init; }

    public List<GcpAcceleratorConfig>? GuestAccelerators { get; init; }

    public GcpScheduling? Scheduling { get; init; }

    public List<GcpServiceAccount>? ServiceAccounts { get; init; }

    public string? Status { get; init; }

    public string? Zone { get; init; }
}
