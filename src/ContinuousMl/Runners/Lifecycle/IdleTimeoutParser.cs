using ContinuousMl.Errors;

namespace ContinuousMl.Runners.Lifecycle;

/// <summary>
/// <c>--idle-timeout</c>: seconds, a duration (<c>5min</c>, <c>1h</c>, <c>2d</c>), or <c>never</c>; 0 and negative
/// numbers mean never, as in CML. Anything else is a usage error (CML kept it and never timed out).
/// </summary>
public static class IdleTimeoutParser
{
    public const string Never = "never";

    /// <summary>How long a runner may sit without a job; null for never.</summary>
    /// <exception cref="CmlException">Not a duration (exit code 2).</exception>
    public static TimeSpan? Parse(string? value)
    {
        if (value is null)
        {
            return TimeSpan.FromMinutes(5);
        }

        if (string.Equals(value.Trim(), Never, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!DurationText.TryParseSeconds(value, out var seconds))
        {
            throw new CmlException(
                $"--idle-timeout \"{value}\" is not a duration: pass seconds (300), a duration (5min, 1h, 2d) or never",
                ExitCodes.Usage);
        }

        return seconds <= 0 ? null : TimeSpan.FromSeconds(seconds);
    }

    /// <summary><c>--max-lifetime</c>: a positive duration, or null when not given.</summary>
    /// <exception cref="CmlException">Not a positive duration (exit code 2).</exception>
    public static TimeSpan? ParseMaxLifetime(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!DurationText.TryParseSeconds(value, out var seconds) || seconds <= 0)
        {
            throw new CmlException(
                $"--max-lifetime \"{value}\" is not a positive duration: pass seconds (3600) or a duration (90min, 6h, 2d)",
                ExitCodes.Usage);
        }

        return TimeSpan.FromSeconds(seconds);
    }
}
