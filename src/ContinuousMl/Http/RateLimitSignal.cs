using System.Globalization;
using System.Net;

namespace ContinuousMl.Http;

/// <summary>
/// Reads a response for "slow down": 429 anywhere, and GitHub's 403 flavours (primary limit with
/// <c>x-ratelimit-remaining: 0</c>, secondary limit with <c>retry-after</c> or a message saying so).
/// </summary>
public static class RateLimitSignal
{
    public static async ValueTask<bool> IsRateLimitedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return true;
        }

        if (response.StatusCode != HttpStatusCode.Forbidden)
        {
            return false;
        }

        if (Header(response, "x-ratelimit-remaining") == "0" || response.Headers.RetryAfter is not null)
        {
            return true;
        }

        // Buffered, so the client that receives the response can still read it.
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return body.Contains("rate limit", StringComparison.OrdinalIgnoreCase)
            || body.Contains("abuse", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The wait the server asked for: <c>retry-after</c> first, then <c>x-ratelimit-reset</c> when the quota is
    /// spent; null when the response names none.
    /// </summary>
    public static TimeSpan? RequestedWait(HttpResponseMessage response, DateTimeOffset now)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        if (Header(response, "x-ratelimit-remaining") == "0"
            && long.TryParse(Header(response, "x-ratelimit-reset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var resetEpoch))
        {
            // One more second: the reset time is rounded down to whole seconds.
            var wait = DateTimeOffset.FromUnixTimeSeconds(resetEpoch) - now + TimeSpan.FromSeconds(1);
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
