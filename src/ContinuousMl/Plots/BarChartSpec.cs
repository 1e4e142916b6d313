namespace ContinuousMl.Plots;

/// <summary>Metrics side by side: one group of bars per metric, one bar per side (base, head).</summary>
/// <param name="Categories">Metric names, in the order first seen.</param>
/// <param name="Series">Base first when there is one, so each group reads old, then new.</param>
public sealed record BarChartSpec(
    string Title,
    string FileStem,
    string ValueLabel,
    IReadOnlyList<string> Categories,
    IReadOnlyList<BarSeries> Series) : ChartSpec(Title, FileStem);
