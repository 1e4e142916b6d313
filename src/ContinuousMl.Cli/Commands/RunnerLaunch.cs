namespace ContinuousMl.Cli.Commands;

/// <summary><c>runner launch</c>'s settings once validated and converted.</summary>
internal sealed record RunnerLaunch(
    RunnerLaunchSettings Settings,
    string Name,
    IReadOnlyList<string> Labels,
    TimeSpan? IdleTimeout,
    TimeSpan? MaxLifetime,
    TimeSpan LaunchTimeout,
    int HddSizeGb,
    decimal SpotPrice,
    string? StartupScript,
    string? Gpu,
    IReadOnlyDictionary<string, string?> Metadata,
    IReadOnlyDictionary<string, string?> NodeSelector);
