using System.Globalization;

namespace ContinuousMl.Metrics;

/// <summary>
/// One value read from a metrics or params file. A number keeps the text it was written with and, when it fits,
/// an exact <see cref="decimal"/>: <c>0.9240</c> is shown as written and compared without binary rounding.
/// NaN, infinities and numbers beyond decimal's range fall back to a <see cref="double"/>. Numbers read from text
/// are converted on first use: in a large diff most values are unchanged, and equal text needs no conversion.
/// </summary>
public sealed class MetricValue
{
    private string? text;
    private MetricNumber? number;

    private MetricValue(MetricValueKind kind, string? text, MetricNumber? number, bool isInteger)
    {
        Kind = kind;
        this.text = text;
        this.number = number;
        IsInteger = isInteger;
    }

    private MetricValue(MetricValueKind kind, string? text, decimal? exact, double approximate, bool isInteger)
        : this(kind, text, new MetricNumber(exact, approximate), isInteger)
    {
    }

    public MetricValueKind Kind { get; }

    /// <summary>The value as the file wrote it (numbers), the string itself, <c>true</c>/<c>false</c>, or <c>null</c>.</summary>
    /// <remarks>A computed number's text is made on first use: most changes in a large diff are never shown.</remarks>
    public string Text => text ??= Normalize(Exact ?? 0m, IsInteger);

    /// <summary>The number exactly, or null when it is NaN, infinite, or outside decimal's range or precision.</summary>
    public decimal? Exact => Parsed.Exact;

    /// <summary>The number as a double (NaN for values that are not numbers).</summary>
    public double Approximate => Parsed.Approximate;

    /// <summary>True for integers as written (<c>3</c>, <c>0x1F</c>), false for floats (<c>3.0</c>, <c>1e3</c>).</summary>
    public bool IsInteger { get; }

    public bool IsNumber => Kind == MetricValueKind.Number;

    /// <summary>-1, 0 or 1 for a number; 0 for NaN and for values that are not numbers.</summary>
    public int Sign => !IsNumber ? 0 : Exact is { } exact ? Math.Sign(exact) : double.IsNaN(Approximate) ? 0 : Math.Sign(Approximate);

    /// <summary>True for a number that is NaN.</summary>
    public bool IsNaN => IsNumber && Exact is null && double.IsNaN(Approximate);

    public static MetricValue Null { get; } = new(MetricValueKind.Null, "null", MetricNumber.NotANumber, false);

    public static MetricValue True { get; } = new(MetricValueKind.Boolean, "true", MetricNumber.NotANumber, false);

    public static MetricValue False { get; } = new(MetricValueKind.Boolean, "false", MetricNumber.NotANumber, false);

    // Only decimal-notation text is ever left unconverted (see TryParseNumber).
    private MetricNumber Parsed => number ??= ParseDecimalNotation(text!);

    public static MetricValue Boolean(bool value) => value ? True : False;

    public static MetricValue String(string value) => new(MetricValueKind.Text, value, MetricNumber.NotANumber, false);

    /// <summary>A number whose value the caller already knows (a TOML hex integer, a computed change).</summary>
    public static MetricValue Number(string text, decimal? exact, double approximate, bool isInteger) =>
        new(MetricValueKind.Number, text, exact, approximate, isInteger);

    /// <summary>A computed number, written without trailing zeros (<c>0.0119</c>, <c>1.0</c> for a float, <c>3</c>).</summary>
    public static MetricValue FromDecimal(decimal value, bool isInteger) =>
        new(MetricValueKind.Number, null, value, (double)value, isInteger);

    public static MetricValue FromDouble(double value)
    {
        var exact = ToExact(value);
        return exact is { } known
            ? FromDecimal(known, isInteger: false)
            : new MetricValue(MetricValueKind.Number, value.ToString("R", CultureInfo.InvariantCulture), null, value, false);
    }

    /// <summary>
    /// Reads decimal or exponent notation (<c>-1.5e-3</c>, <c>.5</c>, <c>1.</c>) and the usual spellings of NaN and
    /// infinity (<c>nan</c>, <c>NaN</c>, <c>.nan</c>, <c>inf</c>, <c>-Infinity</c>, <c>.inf</c>). Nothing else: no
    /// thousands separators, hex or surrounding spaces.
    /// </summary>
    public static bool TryParseNumber(string text, out MetricValue value)
    {
        value = Null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (TryParseNonFinite(text, out var special))
        {
            value = new MetricValue(MetricValueKind.Number, text, null, special, false);
            return true;
        }

        if (!IsDecimalNotation(text, out var isInteger))
        {
            return false;
        }

        value = new MetricValue(MetricValueKind.Number, text, number: null, isInteger);
        return true;
    }

    /// <summary>Equal as DVC compares: numbers by value (<c>1</c> equals <c>1.0</c>, NaN equals NaN), others by text.</summary>
    public bool ValueEquals(MetricValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsNumber && other.IsNumber)
        {
            if (text is not null && string.Equals(text, other.text, StringComparison.Ordinal))
            {
                return true;
            }

            if (Exact is { } left && other.Exact is { } right)
            {
                return left == right;
            }

            return Approximate.Equals(other.Approximate);
        }

        return Kind == other.Kind && string.Equals(Text, other.Text, StringComparison.Ordinal);
    }

    /// <summary><paramref name="newer"/> − <paramref name="older"/>, or null unless both are numbers.</summary>
    public static MetricValue? Subtract(MetricValue newer, MetricValue older)
    {
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentNullException.ThrowIfNull(older);
        if (!newer.IsNumber || !older.IsNumber)
        {
            return null;
        }

        if (newer.Exact is { } n && older.Exact is { } o)
        {
            try
            {
                return FromDecimal(n - o, newer.IsInteger && older.IsInteger);
            }
            catch (OverflowException)
            {
                // Beyond decimal's range: the double below is as good as it gets.
            }
        }

        return FromDouble(newer.Approximate - older.Approximate);
    }

    /// <summary>
    /// The change relative to <paramref name="older"/>'s magnitude, as a fraction (0.05 is 5%); infinite when the old
    /// value is zero and the new one is not; null unless both are numbers.
    /// </summary>
    public static double? RelativeChange(MetricValue newer, MetricValue older)
    {
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentNullException.ThrowIfNull(older);
        if (!newer.IsNumber || !older.IsNumber)
        {
            return null;
        }

        if (newer.Exact is { } n && older.Exact is { } o)
        {
            if (o == 0m)
            {
                return n == 0m ? 0d : n > 0m ? double.PositiveInfinity : double.NegativeInfinity;
            }

            try
            {
                return (double)((n - o) / Math.Abs(o));
            }
            catch (OverflowException)
            {
                // Fall through to doubles.
            }
        }

        var difference = newer.Approximate - older.Approximate;
        if (older.Approximate == 0d)
        {
            return difference == 0d ? 0d : difference > 0d ? double.PositiveInfinity : double.NegativeInfinity;
        }

        return difference / Math.Abs(older.Approximate);
    }

    /// <summary>Compares two numbers exactly when both are decimals; NaN compares as unordered (returns null).</summary>
    public static int? Compare(MetricValue left, decimal right)
    {
        ArgumentNullException.ThrowIfNull(left);
        if (left.Exact is { } exact)
        {
            return exact.CompareTo(right);
        }

        return double.IsNaN(left.Approximate) ? null : left.Approximate.CompareTo((double)right);
    }

    public override string ToString() => Text;

    /// <summary>A decimal without trailing zeros or exponent; a float keeps one decimal place (<c>1.0</c>), as Python prints it.</summary>
    internal static string Normalize(decimal value, bool isInteger)
    {
        if (value == 0m)
        {
            return isInteger ? "0" : "0.0"; // also drops a negative zero's sign
        }

        // decimal never prints an exponent; only its scale's trailing zeros need trimming.
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.', StringComparison.Ordinal))
        {
            text = text.TrimEnd('0');
            text = text.EndsWith('.') ? isInteger ? text[..^1] : text + "0" : text;
        }

        return !isInteger && !text.Contains('.', StringComparison.Ordinal) ? text + ".0" : text;
    }

    // Decimal first: it is exact, and its double is the value the double parser would give.
    private static MetricNumber ParseDecimalNotation(string text)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && (parsed != 0m || IsZero(text)))
        {
            return new MetricNumber(parsed, (double)parsed);
        }

        return new MetricNumber(null, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    // "0", "-0.000", "0e5": a zero written as such, not a tiny number decimal rounded to zero.
    private static bool IsZero(string text)
    {
        foreach (var c in text)
        {
            if (c is 'e' or 'E')
            {
                return true;
            }

            if (char.IsAsciiDigit(c) && c != '0')
            {
                return false;
            }
        }

        return true;
    }

    private static decimal? ToExact(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= 7.9e28)
        {
            return null;
        }

        // The shortest text that round-trips is the value the writer meant (0.1, not 0.1000000000000000055…).
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        return decimal.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
               && !(parsed == 0m && value != 0d)
            ? parsed
            : null;
    }

    private static bool TryParseNonFinite(string text, out double value)
    {
        value = 0;
        var span = text.AsSpan();
        var negative = false;
        if (span.Length > 0 && (span[0] == '-' || span[0] == '+'))
        {
            negative = span[0] == '-';
            span = span[1..];
        }

        if (span.Length > 0 && span[0] == '.')
        {
            // YAML spells them .nan, .inf, .Inf, .INF.
            span = span[1..];
        }

        if (span.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }

        if (span.Equals("inf", StringComparison.OrdinalIgnoreCase) || span.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        return false;
    }

    // [-+]? ( digits [ . digits? ] | . digits ) ( [eE] [-+]? digits )?
    private static bool IsDecimalNotation(string text, out bool isInteger)
    {
        isInteger = true;
        var i = 0;
        if (text[i] is '-' or '+')
        {
            i++;
        }

        var integerDigits = CountDigits(text, ref i);
        var fractionDigits = 0;
        if (i < text.Length && text[i] == '.')
        {
            isInteger = false;
            i++;
            fractionDigits = CountDigits(text, ref i);
        }

        if (integerDigits == 0 && fractionDigits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            isInteger = false;
            i++;
            if (i < text.Length && text[i] is '-' or '+')
            {
                i++;
            }

            if (CountDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static int CountDigits(string text, ref int index)
    {
        var start = index;
        while (index < text.Length && char.IsAsciiDigit(text[index]))
        {
            index++;
        }

        return index - start;
    }
}
