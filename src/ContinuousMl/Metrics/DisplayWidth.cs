using System.Globalization;
using System.Text;

namespace ContinuousMl.Metrics;

/// <summary>
/// How many terminal columns text takes, so plain tables line up around ✅ and CJK names: wide characters count
/// two, combining marks and joiners none. Markdown tables are padded the same way, as tabulate (DVC's) does.
/// </summary>
public static class DisplayWidth
{
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsNarrowOnly(text))
        {
            return text.Length;
        }

        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    public static string PadRight(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var missing = width - Of(text);
        return missing > 0 ? text.PadRight(text.Length + missing) : text;
    }

    // Tables are mostly ASCII; below U+0300 (combining marks start there) every character is one column.
    private static bool IsNarrowOnly(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300')
            {
                return false;
            }
        }

        return true;
    }

    private static int Of(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            || rune.Value is >= 0xFE00 and <= 0xFE0F)
        {
            return 0;
        }

        return IsWide(rune.Value) ? 2 : 1;
    }

    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or 0x2705 or 0x274C or 0x26D4 or 0x2B50 or 0x231A or 0x231B
            or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF) or (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60)
            or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F300 and <= 0x1F64F) or (>= 0x1F900 and <= 0x1F9FF)
            or (>= 0x20000 and <= 0x3FFFD);
}
