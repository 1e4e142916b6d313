using ContinuousMl.Metrics;

namespace ContinuousMl.Tests.Metrics;

public sealed class MetricFormatterTests
{
    [Theory]
    [InlineData("0.912134", 5, "0.91213")]
    [InlineData("0.9240", 5, "0.9240")]
    [InlineData("1e-3", 5, "1e-3")]
    [InlineData("1.23456789e-3", 5, "0.00123")]
    [InlineData("0.100004", 5, "0.1")]
    [InlineData("0.999999", 5, "1.0")]
    [InlineData("12", 0, "12")]
    [InlineData("2.5", 0, "2.0")]
    [InlineData("3.5", 0, "4.0")]
    [InlineData("0.125", 2, "0.12")]
    [InlineData("-0.000001", 5, "0.0")]
    [InlineData("NaN", 5, "NaN")]
    [InlineData(".inf", 5, ".inf")]
    public void Rounds_half_to_even_and_keeps_unrounded_numbers_as_written(string text, int precision, string expected)
    {
        Assert.True(MetricValue.TryParseNumber(text, out var value));

        Assert.Equal(expected, MetricFormatter.Format(value, precision));
    }

    [Fact]
    public void Without_precision_values_are_shown_as_written()
    {
        Assert.True(MetricValue.TryParseNumber("0.123456789", out var value));

        Assert.Equal("0.123456789", MetricFormatter.Format(value, null));
    }

    [Fact]
    public void Missing_values_are_a_dash_and_others_their_text()
    {
        Assert.Equal("-", MetricFormatter.Format(null, 5));
        Assert.Equal("adam", MetricFormatter.Format(MetricValue.String("adam"), 5));
        Assert.Equal("true", MetricFormatter.Format(MetricValue.True, 5));
        Assert.Equal("null", MetricFormatter.Format(MetricValue.Null, 5));
    }
}
