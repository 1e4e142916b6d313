namespace ContinuousMl.Clouds.Gcp.Json;

/// <summary>A protobuf Duration; <see cref="Seconds"/> is an int64 carried as a string.</summary>
public sealed record GcpDuration(string Seconds);
