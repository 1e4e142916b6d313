namespace ContinuousMl.Http;

/// <summary>The bounds of the one HTTP pipeline every forge call goes through.</summary>
public sealed record HttpPipelineOptions
{
    /// <summary>Retries after the first try; the total number of tries is one more.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>How long one try may take before it is abandoned.</summary>
    public TimeSpan PerTryTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one call may take, retries and waits included.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>A rate limit that asks for a longer wait than this ends the command instead.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>GitHub's advice for a secondary limit without headers: wait at least a minute.</summary>
    public TimeSpan RateLimitWaitWithoutHeaders { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The first back-off for server errors; it doubles, with jitter, on each retry.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
