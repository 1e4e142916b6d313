namespace ContinuousMl.Clouds.Gcp.Json;

public sealed record GcpAttachedDisk(bool Boot, bool AutoDelete, GcpDiskInitializeParams InitializeParams);
