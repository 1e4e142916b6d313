namespace ContinuousMl.Metrics;

/// <summary>
/// Matches metric names against user patterns: <c>*</c> is any run of characters (dots included), <c>?</c> one
/// character, case ignored. A pattern matches the whole dotted name (<c>train.loss</c>) or its last segment
/// (<c>loss</c>), so <c>loss</c> finds it in every file and section.
/// </summary>
public static class MetricGlob
{
    public static bool IsMatch(string pattern, string key)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(key);
        return Wildcard(pattern, key) || Wildcard(pattern, MetricKey.Leaf(key));
    }

    /// <summary>Splits a comma-separated list (<c>--higher-better "acc*,f1"</c>), dropping blanks.</summary>
    public static IReadOnlyList<string> ParseList(string? list) =>
        string.IsNullOrWhiteSpace(list)
            ? []
            : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Iterative matching with one backtrack point per '*': linear for the patterns people write.
    private static bool Wildcard(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t])))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
