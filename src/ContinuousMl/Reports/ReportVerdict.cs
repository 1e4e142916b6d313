using System.Globalization;
using System.Text;
using ContinuousMl.Metrics;

namespace ContinuousMl.Reports;

/// <summary>
/// The report's first line, what a reviewer reads before anything else: whether the quality gates passed (with each
/// failure), else how many metrics got better or worse.
/// </summary>
public static class ReportVerdict
{
    public const string Passed = "✅";
    public const string Failed = "⛔";
    public const string Neutral = "ℹ️";

    /// <param name="diff">The metrics compared, or null when no metrics files were found.</param>
    /// <param name="rules">The <c>--fail-on</c> rules.</param>
    /// <param name="gates">How the rules went.</param>
    /// <param name="directions">Which way each metric improves.</param>
    /// <param name="compared">What the workspace was compared with, as a sentence part.</param>
    public static string Write(MetricsDiff? diff, IReadOnlyList<GateRule> rules, GateReport gates, MetricDirections directions, string compared)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(gates);
        ArgumentNullException.ThrowIfNull(directions);
        var text = new StringBuilder();
        if (rules.Count > 0 && !gates.Passed)
        {
            text.Append(Failed).Append(" **Quality gate failed** (compared with ").Append(compared).Append("):\n\n");
            foreach (var failure in gates.Failures)
            {
                text.Append("- ").Append(failure.Message.ReplaceLineEndings(" ")).Append('\n');
            }

            return text.ToString();
        }

        if (rules.Count > 0)
        {
            text.Append(Passed).Append(" **Quality gates passed**: ")
                .AppendJoin(", ", rules.Select(rule => $"`{rule.Text}`"))
                .Append(" (compared with ").Append(compared).Append(").");
            return text.Append(Summary(diff, directions)).Append('\n').ToString();
        }

        if (diff is null)
        {
            return $"{Neutral} No metrics found to compare with {compared}.\n";
        }

        return text.Append(Neutral).Append(" **No quality gates set** (`--fail-on`); compared with ").Append(compared).Append('.')
            .Append(Summary(diff, directions)).Append('\n').ToString();
    }

    /// <summary><c> 2 metrics better ✅, 1 worse ❌, 1 changed.</c>, or nothing when no metric changed.</summary>
    private static string Summary(MetricsDiff? diff, MetricDirections directions)
    {
        if (diff is null)
        {
            return string.Empty;
        }

        int better = 0, worse = 0, other = 0;
        foreach (var row in diff.Rows.Where(row => row.Changed))
        {
            var sign = row.Change?.Sign ?? 0;
            var direction = directions.Of(row.Key);
            if (sign == 0 || direction == MetricDirection.Unknown)
            {
                other++;
            }
            else if ((sign > 0) == (direction == MetricDirection.HigherIsBetter))
            {
                better++;
            }
            else
            {
                worse++;
            }
        }

        if (better + worse + other == 0)
        {
            return " No metric changed.";
        }

        var parts = new List<string>();
        if (better > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{better} better {DiffMarkers.Better}"));
        }

        if (worse > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{worse} worse {DiffMarkers.Worse}"));
        }

        if (other > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{other} changed"));
        }

        return $" Metrics: {string.Join(", ", parts)}.";
    }
}
