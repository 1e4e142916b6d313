using System.Globalization;

namespace ContinuousMl.Plots;

/// <summary>Reads a cell as a number the way pandas and Python's json write them.</summary>
public static class CellValue
{
    /// <summary>
    /// True with a finite number; true with NaN when the cell is empty or a NaN/infinity spelling (pandas writes
    /// empty cells and <c>inf</c>; Python's json writes <c>NaN</c> and <c>Infinity</c>): those points are skipped,
    /// not errors. False when the text is not a number at all.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        // Numbers first: they are nearly every cell of a log, and this is its hottest path.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            if (!double.IsFinite(value))
            {
                value = double.NaN;
            }

            return true;
        }

        text = text.Trim();
        if (text.Length > 0 && text[0] == '\uFDD0')
        {
            // A non-finite number the JSON reader marked so System.Text.Json would accept it.
            text = text[1..];
        }

        value = double.NaN;
        return text.Length == 0 || IsMissing(text);
    }

    private static bool IsMissing(ReadOnlySpan<char> text)
    {
        var unsigned = text[0] is '-' or '+' ? text[1..] : text;
        return unsigned.Equals("nan", StringComparison.OrdinalIgnoreCase)
               || unsigned.Equals("inf", StringComparison.OrdinalIgnoreCase)
               || unsigned.Equals("infinity", StringComparison.OrdinalIgnoreCase)
               || text.Equals("null", StringComparison.Ordinal)
               || text.Equals("None", StringComparison.Ordinal)
               || text.Equals("NA", StringComparison.Ordinal);
    }
}
