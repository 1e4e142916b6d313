using System.Globalization;

namespace ContinuousMl.Metrics;

/// <summary>
/// How values are shown in tables. With a precision, numbers are rounded to that many decimal places as DVC's
/// <c>round_digits</c> does (half to even, trailing zeros dropped); a number the rounding does not change is shown
/// exactly as the file wrote it. Without one, every value is shown as written.
/// </summary>
public static class MetricFormatter
{
    public const string Missing = "-";

    public static string Format(MetricValue? value, int? precision)
    {
        if (value is null)
        {
            return Missing;
        }

        if (!value.IsNumber || precision is not { } digits)
        {
            return value.Text;
        }

        if (value.Exact is { } exact)
        {
            var rounded = decimal.Round(exact, Math.Min(digits, 28), MidpointRounding.ToEven);
            return rounded == exact ? value.Text : MetricValue.Normalize(rounded, value.IsInteger);
        }

        var approximate = value.Approximate;
        if (double.IsNaN(approximate) || double.IsInfinity(approximate) || Math.Abs(approximate) >= 1e15)
        {
            return value.Text;
        }

        var roundedDouble = Math.Round(approximate, Math.Min(digits, 15), MidpointRounding.ToEven);
        return roundedDouble.Equals(approximate) ? value.Text : roundedDouble.ToString("R", CultureInfo.InvariantCulture);
    }
}
