using System.Globalization;

namespace ContinuousMl.Metrics;

/// <summary>
/// Checks every rule against every matching metric, changed or not (a floor holds for unchanged values too). A rule
/// matching no metric fails: a misspelt name must not pass silently. A change rule on a metric new on this side is
/// skipped (no baseline); a metric that disappeared, is not a number or is NaN fails.
/// </summary>
public static class GateEvaluator
{
    public static GateReport Evaluate(IReadOnlyList<GateRule> rules, MetricsDiff diff)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(diff);
        var failures = new List<GateFailure>();
        var skipped = new List<string>();
        foreach (var rule in rules)
        {
            var matched = false;
            foreach (var row in diff.Rows.Where(row => rule.Matches(row.Key)))
            {
                matched = true;
                if (Check(rule, row, diff, skipped) is { } problem)
                {
                    failures.Add(new GateFailure(rule, row, $"{rule.Text}: {row.Path} {row.Key} {problem}"));
                }
            }

            if (!matched)
            {
                failures.Add(new GateFailure(rule, null, $"{rule.Text}: no metric is named '{rule.Pattern}' (check the name, or the files compared)"));
            }
        }

        return new GateReport(failures, skipped);
    }

    /// <summary>Null when the row passes; else what is wrong, with both values.</summary>
    private static string? Check(GateRule rule, MetricsDiffRow row, MetricsDiff diff, List<string> skipped)
    {
        var values = Values(row, diff);
        if (row.Head is not { } head)
        {
            return $"is missing in {diff.HeadLabel} (was {Show(row.Base)} at {diff.BaseLabel})";
        }

        if (!head.IsNumber || head.IsNaN)
        {
            return $"is {head.Text}, not a number, in {diff.HeadLabel}";
        }

        if (rule.Measure == GateMeasure.Value)
        {
            var compared = MetricValue.Compare(head, rule.Threshold);
            return compared is { } c && rule.IsBrokenBy(c) ? $"is {head.Text} ({values})" : null;
        }

        if (row.Base is not { IsNumber: true } || row.Change is not { } change)
        {
            skipped.Add($"{rule.Text}: {row.Path} {row.Key} has no numeric value at {diff.BaseLabel} to compare with");
            return null;
        }

        if (rule.Measure == GateMeasure.Change)
        {
            var compared = MetricValue.Compare(change, rule.Threshold);
            return compared is { } c && rule.IsBrokenBy(c) ? $"changed by {change.Text} ({values})" : null;
        }

        if (ExactPercent(change, row.Base) is { } exactPercent)
        {
            return rule.IsBrokenBy(exactPercent.CompareTo(rule.Threshold)) ? $"changed by {FormatPercent((double)exactPercent)} ({values})" : null;
        }

        if (row.RelativeChange is not { } relative || double.IsNaN(relative))
        {
            return null;
        }

        var percent = relative * 100d;
        return rule.IsBrokenBy(percent.CompareTo((double)rule.Threshold)) ? $"changed by {FormatPercent(percent)} ({values})" : null;
    }

    // Decimal where both values are exact, so +5% against a 5% threshold is exactly equal, not 5.000000000000001.
    private static decimal? ExactPercent(MetricValue change, MetricValue @base)
    {
        if (change.Exact is not { } difference || @base.Exact is not { } before || before == 0m)
        {
            return null;
        }

        try
        {
            return difference / Math.Abs(before) * 100m;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static string Values(MetricsDiffRow row, MetricsDiff diff) =>
        $"{diff.BaseLabel}: {Show(row.Base)}, {diff.HeadLabel}: {Show(row.Head)}";

    private static string Show(MetricValue? value) => value?.Text ?? MetricFormatter.Missing;

    internal static string FormatPercent(double percent) =>
        double.IsInfinity(percent)
            ? (percent > 0 ? "+∞%" : "-∞%")
            : percent.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) + "%";
}
