namespace ContinuousMl.Runners.Lifecycle;

/// <summary>When a runner stops on its own.</summary>
/// <param name="IdleTimeout">How long it may sit without a job; null for never.</param>
/// <param name="Single">Stop once the first job ended.</param>
/// <param name="MaxLifetime">Stop this long after start, busy or not; null for no bound.</param>
public sealed record RunnerLifecycleOptions(TimeSpan? IdleTimeout, bool Single, TimeSpan? MaxLifetime);
