using ContinuousMl.Metrics;

namespace ContinuousMl.Tests.Metrics;

/// <summary>Builds diffs from short literals: <c>("acc", "0.9")</c>; a null value leaves the key out of that side.</summary>
internal static class MetricsDiffFixtures
{
    public static Dictionary<string, MetricValue> Values(params (string Key, string Value)[] entries) =>
        entries.ToDictionary(entry => entry.Key, entry => DelimitedMetricsReader.Cell(entry.Value), StringComparer.Ordinal);

    public static MetricsDiff Diff(string baseLabel, params (string Path, string Key, string? Base, string? Head)[] rows)
    {
        var list = rows.Select(row => new MetricsDiffRow(
            row.Path,
            row.Key,
            row.Base is null ? null : DelimitedMetricsReader.Cell(row.Base),
            row.Head is null ? null : DelimitedMetricsReader.Cell(row.Head))).ToList();
        return new MetricsDiff(baseLabel, "workspace", list, []);
    }
}
