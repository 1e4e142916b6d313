namespace FakeClouds.Ec2;

/// <summary>An instance as the fake keeps it; terminated ones stay visible, as in EC2, with state <c>terminated</c>.</summary>
public sealed class Ec2Instance
{
    public required string InstanceId { get; init; }

    public required string ReservationId { get; init; }

    public required string ImageId { get; init; }

    public required string InstanceType { get; init; }

    public required string AvailabilityZone { get; init; }

    public string? KeyName { get; init; }

    public string? ClientToken { get; init; }

    public IReadOnlyList<Ec2Tag> Tags { get; init; } = [];

    public string State { get; set; } = "pending";

    public int StateCode => State switch
    {
        "pending" => 0,
        "running" => 16,
        "shutting-down" => 32,
        "terminated" => 48,
        _ => 80,
    };
}
