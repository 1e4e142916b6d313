namespace ContinuousMl.Clouds.Gcp.Json;

public sealed record GcpScheduling
{
    public string? OnHostMaintenance { get; init; }

    public bool? AutomaticRestart { get; init; }

    public string? ProvisioningModel { get; init; }

    public string? InstanceTerminationAction { get; init; }

    public GcpDuration? MaxRunDuration { get; init; }
}
