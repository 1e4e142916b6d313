using ContinuousMl.Metrics;

namespace ContinuousMl.Tests.Metrics;

public sealed class MetricValueTests
{
    [Theory]
    [InlineData("0.9240", true, false)]
    [InlineData("-12", true, true)]
    [InlineData("+3", true, true)]
    [InlineData("1e-3", true, false)]
    [InlineData("1.5E+2", true, false)]
    [InlineData(".5", true, false)]
    [InlineData("5.", true, false)]
    [InlineData("NaN", true, false)]
    [InlineData("-Infinity", true, false)]
    [InlineData(".inf", true, false)]
    [InlineData("abc", false, false)]
    [InlineData("1,000", false, false)]
    [InlineData(" 1", false, false)]
    [InlineData("1e", false, false)]
    [InlineData(".", false, false)]
    [InlineData("-", false, false)]
    [InlineData("", false, false)]
    public void TryParseNumber_accepts_decimal_exponent_and_non_finite_notation_only(string text, bool isNumber, bool isInteger)
    {
        Assert.Equal(isNumber, MetricValue.TryParseNumber(text, out var value));
        if (isNumber)
        {
            Assert.Equal(text, value.Text);
            Assert.Equal(isInteger, value.IsInteger);
        }
    }

    [Fact]
    public void Numbers_keep_their_text_and_an_exact_decimal()
    {
        Assert.True(MetricValue.TryParseNumber("0.1234567890123456789", out var value));

        Assert.Equal("0.1234567890123456789", value.Text);
        Assert.Equal(0.1234567890123456789m, value.Exact);
    }

    [Fact]
    public void Tiny_and_huge_numbers_fall_back_to_double_instead_of_becoming_zero()
    {
        Assert.True(MetricValue.TryParseNumber("1e-40", out var tiny));
        Assert.True(MetricValue.TryParseNumber("1e300", out var huge));

        Assert.Null(tiny.Exact);
        Assert.Equal(1e-40, tiny.Approximate);
        Assert.Null(huge.Exact);
        Assert.Equal(1e300, huge.Approximate);
    }

    [Fact]
    public void Subtract_is_exact_where_doubles_are_not()
    {
        Number("0.3", out var newer);
        Number("0.1", out var older);

        var change = MetricValue.Subtract(newer, older)!;

        Assert.Equal(0.2m, change.Exact);
        Assert.Equal("0.2", change.Text);
    }

    [Theory]
    [InlineData("3", "1", "2")]
    [InlineData("3.0", "1", "2.0")]
    [InlineData("1.5", "0.5", "1.0")]
    [InlineData("0.9240", "0.9121", "0.0119")]
    [InlineData("0.2871", "0.3112", "-0.0241")]
    [InlineData("1", "1.0", "0.0")]
    public void Subtract_prints_like_python_without_trailing_zeros(string newer, string older, string expected)
    {
        Number(newer, out var a);
        Number(older, out var b);

        Assert.Equal(expected, MetricValue.Subtract(a, b)!.Text);
    }

    [Fact]
    public void Subtract_with_non_finite_values_uses_doubles()
    {
        Number("Infinity", out var infinite);
        Number("1", out var one);
        Number("NaN", out var nan);

        Assert.True(double.IsPositiveInfinity(MetricValue.Subtract(infinite, one)!.Approximate));
        Assert.True(MetricValue.Subtract(nan, one)!.IsNaN);
        Assert.Equal(0, MetricValue.Subtract(nan, one)!.Sign);
    }

    [Fact]
    public void Subtract_of_non_numbers_is_null()
    {
        Number("1", out var one);

        Assert.Null(MetricValue.Subtract(MetricValue.String("a"), one));
        Assert.Null(MetricValue.Subtract(one, MetricValue.True));
    }

    [Theory]
    [InlineData("1", "1.0", true)]
    [InlineData("1e2", "100", true)]
    [InlineData("NaN", "nan", true)]
    [InlineData("0.1", "0.10000001", false)]
    public void Numbers_compare_by_value(string left, string right, bool equal)
    {
        Number(left, out var a);
        Number(right, out var b);

        Assert.Equal(equal, a.ValueEquals(b));
    }

    [Fact]
    public void Non_numbers_compare_by_kind_and_text()
    {
        Number("1", out var one);

        Assert.True(MetricValue.String("x").ValueEquals(MetricValue.String("x")));
        Assert.False(MetricValue.String("x").ValueEquals(MetricValue.String("X")));
        Assert.False(MetricValue.String("true").ValueEquals(MetricValue.True));
        Assert.False(one.ValueEquals(MetricValue.String("1")));
        Assert.True(MetricValue.Null.ValueEquals(MetricValue.Null));
    }

    [Fact]
    public void RelativeChange_is_a_fraction_of_the_old_magnitude()
    {
        Number("-2", out var minusTwo);
        Number("-1", out var minusOne);
        Number("0", out var zero);
        Number("0.5", out var half);

        Assert.Equal(0.5, MetricValue.RelativeChange(minusOne, minusTwo));
        Assert.Equal(double.PositiveInfinity, MetricValue.RelativeChange(half, zero));
        Assert.Equal(0d, MetricValue.RelativeChange(zero, zero));
        Assert.Null(MetricValue.RelativeChange(MetricValue.String("a"), zero));
    }

    private static void Number(string text, out MetricValue value) => Assert.True(MetricValue.TryParseNumber(text, out value));
}
