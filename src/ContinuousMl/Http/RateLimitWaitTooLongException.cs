using ContinuousMl.Errors;

namespace ContinuousMl.Http;

/// <summary>The forge asked us to wait longer than we are willing to keep a CI job busy.</summary>
public sealed class RateLimitWaitTooLongException : CmlException
{
    public RateLimitWaitTooLongException(string host, TimeSpan wait, DateTimeOffset until)
        : base($"{host} rate limit reached: it asks to wait {FormatWait(wait)} (until {until.UtcDateTime:HH:mm:ss} UTC), longer than the 5-minute bound; re-run the job later or use a token with a higher limit")
    {
        Wait = wait;
    }

    public TimeSpan Wait { get; }

    private static string FormatWait(TimeSpan wait) =>
        wait.TotalMinutes >= 1 ? $"{Math.Ceiling(wait.TotalMinutes):0} minutes" : $"{Math.Ceiling(wait.TotalSeconds):0} seconds";
}
