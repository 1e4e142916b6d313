namespace ContinuousMl.Clouds.Gcp.Json;

/// <summary><see cref="DiskSizeGb"/> is an int64, which Google's JSON carries as a string.</summary>
public sealed record GcpDiskInitializeParams(string SourceImage, string DiskSizeGb, string DiskType);
