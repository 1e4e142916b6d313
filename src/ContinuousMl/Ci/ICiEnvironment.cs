namespace ContinuousMl.Ci;

/// <summary>
/// One CI system (or the local checkout). <see cref="IsActive"/> is a cheap check of the environment; all
/// other work (reading the event file, running git) happens in <see cref="ReadAsync"/>, only for the one chosen.
/// </summary>
public interface ICiEnvironment
{
    /// <summary>The name <see cref="CiContext.Name"/> carries: <c>github-actions</c>, <c>local</c>, …</summary>
    string Name { get; }

    /// <summary>Whether we run in this CI. Reads environment variables only.</summary>
    bool IsActive { get; }

    /// <summary>
    /// Reads what this CI tells about the run. Never throws for a missing or malformed input: it falls back and
    /// reports through <paramref name="warn"/> (may be null) instead. Only cancellation throws.
    /// </summary>
    Task<CiContext> ReadAsync(Action<string>? warn, CancellationToken cancellationToken = default);
}
