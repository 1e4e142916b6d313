namespace ContinuousMl.Metrics;

/// <summary>The comparison of every file, rows grouped by file (in the order the files were listed) and sorted by key.</summary>
public sealed record MetricsDiff(
    string BaseLabel,
    string HeadLabel,
    IReadOnlyList<MetricsDiffRow> Rows,
    IReadOnlyList<string> MissingEverywhere);
