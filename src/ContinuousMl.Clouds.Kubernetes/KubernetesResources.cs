namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>What a runner container asks of a node: CPU cores, memory in MiB, and GPUs of an accelerator model.</summary>
public sealed record KubernetesResources(int Cores, long MemoryMiB, string? GpuModel, int GpuCount);
