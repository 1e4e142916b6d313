namespace ContinuousMl.Clouds.Gcp.Json;

public sealed record GcpNetworkInterface(string Network, List<GcpAccessConfig> AccessConfigs);
