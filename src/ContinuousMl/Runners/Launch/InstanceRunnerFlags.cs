namespace ContinuousMl.Runners.Launch;

/// <summary>What the instance's own <c>cml runner launch</c> is told: the launch's lifecycle flags, in local mode.</summary>
public sealed record InstanceRunnerFlags
{
    public required string Driver { get; init; }

    public required string Repository { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary><c>--idle-timeout</c> as seconds, or <c>never</c>.</summary>
    public required string IdleTimeout { get; init; }

    public bool Single { get; init; }

    public bool NoRetry { get; init; }

    public IReadOnlyList<string> DockerVolumes { get; init; } = [];

    public TimeSpan? MaxLifetime { get; init; }

    /// <summary>The cloud the instance runs in: its runner terminates the instance when it is done.</summary>
    public required string Cloud { get; init; }
}
