namespace ContinuousMl.Clouds.Gcp;

/// <summary>A machine type and, when a GPU was asked for, the accelerator and how many.</summary>
public sealed record GcpMachine(string MachineType, string? AcceleratorType, int AcceleratorCount);
