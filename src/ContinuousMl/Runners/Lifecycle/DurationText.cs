using System.Globalization;
using System.Text.RegularExpressions;

namespace ContinuousMl.Runners.Lifecycle;

/// <summary>
/// Reads a duration as CML's <c>timestring</c> does: a bare integer is seconds, otherwise number-unit pairs that
/// add up (<c>5min</c>, <c>1h 30m</c>, <c>2d</c>, <c>1.5h</c>, <c>5 minutes</c>). Unlike CML, text that is not a
/// duration is refused instead of silently meaning "never".
/// </summary>
public static partial class DurationText
{
    private static readonly (string[] Names, double Seconds)[] Units =
    [
        (["ms", "milli", "millisecond", "milliseconds"], 0.001),
        (["s", "sec", "secs", "second", "seconds"], 1),
        (["m", "min", "mins", "minute", "minutes"], 60),
        (["h", "hr", "hrs", "hour", "hours"], 3600),
        (["d", "day", "days"], 86400),
        (["w", "week", "weeks"], 7 * 86400),
        // timestring's month and year: 4.345238… weeks and 365.25 days.
        (["mon", "mth", "mths", "month", "months"], 4.345238095238096 * 7 * 86400),
        (["y", "yr", "yrs", "year", "years"], 365.25 * 86400),
    ];

    /// <summary>
    /// The duration <paramref name="text"/> names, in whole seconds (negative allowed), or false when it is
    /// not a duration.
    /// </summary>
    public static bool TryParseSeconds(string? text, out long seconds)
    {
        seconds = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (WholeSeconds().IsMatch(trimmed))
        {
            return long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seconds);
        }

        // timestring drops everything but letters, digits, dots and signs first ("1h, 30m" ⇒ "1h30m").
        var compact = Separators().Replace(trimmed.ToLowerInvariant(), string.Empty);
        var total = 0.0;
        var consumed = 0;
        foreach (Match pair in Pair().Matches(compact))
        {
            if (pair.Index != consumed
                || !double.TryParse(pair.Groups["n"].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            var unit = Units.FirstOrDefault(u => u.Names.Contains(pair.Groups["u"].Value, StringComparer.Ordinal));
            if (unit.Names is null)
            {
                return false;
            }

            total += number * unit.Seconds;
            consumed = pair.Index + pair.Length;
        }

        if (consumed == 0 || consumed != compact.Length || double.IsInfinity(total) || Math.Abs(total) > long.MaxValue / 2.0)
        {
            return false;
        }

        seconds = (long)Math.Round(total, MidpointRounding.AwayFromZero);
        return true;
    }

    [GeneratedRegex(@"^[-+]?\d+$")]
    private static partial Regex WholeSeconds();

    [GeneratedRegex(@"[^.\w+-]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"(?<n>[-+]?[0-9]*\.?[0-9]+)(?<u>[a-z]+)")]
    private static partial Regex Pair();
}
