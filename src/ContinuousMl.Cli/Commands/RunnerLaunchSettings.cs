namespace ContinuousMl.Cli.Commands;

/// <summary>The options of <c>runner launch</c> after flags and environment are merged, not yet validated.</summary>
public sealed record RunnerLaunchSettings
{
    public string Labels { get; init; } = "cml";

    public string? IdleTimeout { get; init; }

    public string? Name { get; init; }

    public bool NoRetry { get; init; }

    public bool Single { get; init; }

    public bool Reuse { get; init; }

    public bool ReuseIdle { get; init; }

    public string? Workdir { get; init; }

    public IReadOnlyList<string> DockerVolumes { get; init; } = [];

    public string? Cloud { get; init; }

    public string CloudRegion { get; init; } = "us-west";

    public string? CloudType { get; init; }

    public string? CloudPermissionSet { get; init; }

    public IReadOnlyList<string> CloudMetadata { get; init; } = [];

    public string? CloudGpu { get; init; }

    public string? CloudHddSize { get; init; }

    public string? CloudSshPrivate { get; init; }

    public bool CloudSpot { get; init; }

    public string? CloudSpotPrice { get; init; }

    public string? CloudStartupScript { get; init; }

    public string? CloudAwsSecurityGroup { get; init; }

    public string? CloudAwsSubnet { get; init; }

    public IReadOnlyList<string> CloudKubernetesNodeSelector { get; init; } = [];

    public string? CloudImage { get; init; }

    /// <summary>Hidden <c>--cml-version</c>: the cml an instance installs (a version or a binary's URL).</summary>
    public string? CmlVersion { get; init; }

    /// <summary>Ours: a runner program already on this machine instead of a download.</summary>
    public string? RunnerBinary { get; init; }

    /// <summary>Ours: stop after this long even while busy.</summary>
    public string? MaxLifetime { get; init; }

    /// <summary>Ours: how long a cloud launch waits for the instance's runner to register.</summary>
    public string? CloudLaunchTimeout { get; init; }

    /// <summary>Hidden, ours: this process runs on a cloud instance it must terminate when done.</summary>
    public string? CloudSelf { get; init; }
}
