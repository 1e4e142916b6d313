using System.Net;
using ContinuousMl.Http;

namespace ContinuousMl.Tests.Http;

public class RateLimitSignalTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static HttpResponseMessage Response(HttpStatusCode status, string body = "", params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body) };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    [Theory]
    [InlineData(429, "", null, true)]
    [InlineData(403, "", "0", true)]
    [InlineData(403, "{\"message\":\"API rate limit exceeded for installation\"}", null, true)]
    [InlineData(403, "{\"message\":\"You have triggered an abuse detection mechanism\"}", null, true)]
    [InlineData(403, "{\"message\":\"Resource not accessible by integration\"}", null, false)]
    [InlineData(403, "", "12", false)]
    [InlineData(500, "rate limit", "0", false)]
    public async Task Classifies_rate_limits(int status, string body, string? remaining, bool expected)
    {
        using var response = remaining is null
            ? Response((HttpStatusCode)status, body)
            : Response((HttpStatusCode)status, body, ("x-ratelimit-remaining", remaining));

        Assert.Equal(expected, await RateLimitSignal.IsRateLimitedAsync(response, CancellationToken.None));
    }

    [Fact]
    public void Retry_after_seconds_comes_first()
    {
        using var response = Response((HttpStatusCode)429, "", ("Retry-After", "7"), ("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", Now.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(TimeSpan.FromSeconds(7), RateLimitSignal.RequestedWait(response, Now));
    }

    [Fact]
    public void Retry_after_date_is_relative_to_now()
    {
        using var response = Response((HttpStatusCode)503, "", ("Retry-After", Now.AddSeconds(30).ToString("R")));

        Assert.Equal(TimeSpan.FromSeconds(30), RateLimitSignal.RequestedWait(response, Now));
    }

    [Fact]
    public void Reset_time_is_used_when_the_quota_is_spent()
    {
        using var response = Response(HttpStatusCode.Forbidden, "", ("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", Now.AddSeconds(90).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(TimeSpan.FromSeconds(91), RateLimitSignal.RequestedWait(response, Now));
    }

    [Fact]
    public void Nothing_requested_without_headers()
    {
        using var response = Response(HttpStatusCode.Forbidden, "", ("x-ratelimit-remaining", "5"), ("x-ratelimit-reset", "1"));

        Assert.Null(RateLimitSignal.RequestedWait(response, Now));
    }

    [Fact]
    public void A_reset_in_the_past_means_no_wait()
    {
        using var response = Response(HttpStatusCode.Forbidden, "", ("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", Now.AddMinutes(-5).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(TimeSpan.Zero, RateLimitSignal.RequestedWait(response, Now));
    }
}
