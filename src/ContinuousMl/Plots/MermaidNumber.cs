using System.Globalization;

namespace ContinuousMl.Plots;

/// <summary>
/// Numbers as Mermaid's xychart grammar accepts them: plain decimals, never exponents (<c>1E-05</c> does not parse),
/// to six significant digits so a chart of 150 points stays a few kilobytes.
/// </summary>
public static class MermaidNumber
{
    public const int SignificantDigits = 6;

    public static string Format(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return "0";
        }

        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var decimals = Math.Clamp(SignificantDigits - 1 - magnitude, 0, 15);
        var text = Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (text.Contains('.'))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return text is "-0" ? "0" : text;
    }
}
