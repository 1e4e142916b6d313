using System.Text;

namespace ContinuousMl.Metrics;

/// <summary>
/// Turns the bare <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> that Python writes into marked strings so a
/// strict JSON parser accepts them, and reads the marks back. The mark starts with U+FDD0, a noncharacter that
/// no real text contains.
/// </summary>
internal static class JsonNonFiniteRewriter
{
    private const char Mark = '\uFDD0';

    public static bool TryRewrite(ReadOnlySpan<byte> utf8, out byte[] rewritten) => TryRewrite(utf8, out rewritten, out _);

    /// <param name="rewrittenLines">The 0-based lines where tokens were replaced: their columns no longer match the input.</param>
    public static bool TryRewrite(ReadOnlySpan<byte> utf8, out byte[] rewritten, out HashSet<long> rewrittenLines)
    {
        rewrittenLines = [];
        var line = 0L;
        var output = new List<byte>(utf8.Length + 32);
        var inString = false;
        var changed = false;
        for (var i = 0; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b == (byte)'\n')
            {
                line++;
            }

            if (inString)
            {
                output.Add(b);
                if (b == (byte)'\\' && i + 1 < utf8.Length)
                {
                    output.Add(utf8[++i]);
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }

                continue;
            }

            if (b == (byte)'"')
            {
                inString = true;
                output.Add(b);
                continue;
            }

            var token = MatchToken(utf8[i..]);
            if (token is null)
            {
                output.Add(b);
                continue;
            }

            output.AddRange(Encoding.UTF8.GetBytes($"\"\\u{(int)Mark:x4}{token}\""));
            i += token.Length - 1;
            changed = true;
            rewrittenLines.Add(line);
        }

        rewritten = output.ToArray();
        return changed;
    }

    public static bool TryReadMarker(string text, out MetricValue value)
    {
        value = MetricValue.Null;
        if (text.Length < 2 || text[0] != Mark)
        {
            return false;
        }

        return MetricValue.TryParseNumber(text[1..], out value);
    }

    private static string? MatchToken(ReadOnlySpan<byte> rest)
    {
        var token = rest.StartsWith("-Infinity"u8) ? "-Infinity"
            : rest.StartsWith("Infinity"u8) ? "Infinity"
            : rest.StartsWith("NaN"u8) ? "NaN"
            : null;
        return token is not null && (rest.Length == token.Length || !char.IsAsciiLetterOrDigit((char)rest[token.Length])) ? token : null;
    }
}
