namespace ContinuousMl.Clouds.Aws;

/// <summary>Where an instance goes: the region the API client talks to and, when the user named one, the zone.</summary>
public sealed record AwsPlacement(string Region, string? AvailabilityZone);
