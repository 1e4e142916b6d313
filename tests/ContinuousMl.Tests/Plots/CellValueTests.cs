using ContinuousMl.Plots;

namespace ContinuousMl.Tests.Plots;

public class CellValueTests
{
    [Theory]
    [InlineData("0.25", 0.25)]
    [InlineData(" -3 ", -3)]
    [InlineData("1e-3", 0.001)]
    public void Reads_numbers_in_invariant_culture(string text, double expected)
    {
        Assert.True(CellValue.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nan")]
    [InlineData("NaN")]
    [InlineData("inf")]
    [InlineData("-inf")]
    [InlineData("Infinity")]
    [InlineData("null")]
    public void Reads_missing_and_infinite_values_as_gaps(string text)
    {
        Assert.True(CellValue.TryParse(text, out var value));
        Assert.True(double.IsNaN(value));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1,5")]
    [InlineData("0.5s")]
    public void Refuses_text_that_is_no_number(string text)
    {
        Assert.False(CellValue.TryParse(text, out _));
    }
}
