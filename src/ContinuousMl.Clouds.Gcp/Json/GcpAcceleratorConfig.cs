namespace ContinuousMl.Clouds.Gcp.Json;

public sealed record GcpAcceleratorConfig(string AcceleratorType, int AcceleratorCount);
