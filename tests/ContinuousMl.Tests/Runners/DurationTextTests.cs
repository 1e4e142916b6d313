using ContinuousMl.Errors;
using ContinuousMl.Runners.Lifecycle;

namespace ContinuousMl.Tests.Runners;

public class DurationTextTests
{
    [Theory]
    [InlineData("300", 300)]
    [InlineData("-1", -1)]
    [InlineData("5min", 300)]
    [InlineData("5 minutes", 300)]
    [InlineData("1h", 3600)]
    [InlineData("2d", 172800)]
    [InlineData("1h 30m", 5400)]
    [InlineData("1.5h", 5400)]
    [InlineData("1w", 604800)]
    [InlineData("90s", 90)]
    public void Reads_durations_as_timestring_does(string text, long seconds)
    {
        Assert.True(DurationText.TryParseSeconds(text, out var parsed));
        Assert.Equal(seconds, parsed);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("5 parsecs")]
    [InlineData("")]
    [InlineData("h")]
    [InlineData("5min later")]
    public void Text_that_is_not_a_duration_is_refused(string text)
    {
        Assert.False(DurationText.TryParseSeconds(text, out _));
    }

    [Theory]
    [InlineData(null, 300.0)]
    [InlineData("5min", 300.0)]
    [InlineData("1h", 3600.0)]
    [InlineData("2d", 172800.0)]
    [InlineData("45", 45.0)]
    public void Idle_timeout_defaults_to_five_minutes(string? text, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), IdleTimeoutParser.Parse(text));
    }

    [Theory]
    [InlineData("never")]
    [InlineData("NEVER")]
    [InlineData("0")]
    [InlineData("-1")]
    public void Never_zero_and_negative_mean_no_idle_timeout(string text)
    {
        Assert.Null(IdleTimeoutParser.Parse(text));
    }

    [Fact]
    public void A_bad_idle_timeout_is_a_usage_error_naming_the_flag()
    {
        var error = Assert.Throws<CmlException>(() => IdleTimeoutParser.Parse("soon"));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.StartsWith("--idle-timeout \"soon\"", error.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("forever")]
    public void Max_lifetime_must_be_positive(string text)
    {
        var error = Assert.Throws<CmlException>(() => IdleTimeoutParser.ParseMaxLifetime(text));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.StartsWith("--max-lifetime", error.Message);
    }

    [Fact]
    public void Max_lifetime_reads_durations_and_is_optional()
    {
        Assert.Equal(TimeSpan.FromHours(6), IdleTimeoutParser.ParseMaxLifetime("6h"));
        Assert.Null(IdleTimeoutParser.ParseMaxLifetime(null));
    }
}
