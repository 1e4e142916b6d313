namespace ContinuousMl.Plots;

/// <summary>Lines or markers on numeric axes: training curves, scatter plots, ROC and precision-recall curves.</summary>
/// <param name="Kind"><see cref="PlotKind.Line"/>, <see cref="PlotKind.Scatter"/>, <see cref="PlotKind.Roc"/> or <see cref="PlotKind.PrecisionRecall"/>.</param>
/// <param name="XLabel">The x axis title (a column name by default).</param>
/// <param name="YLabel">The y axis title.</param>
/// <param name="Series">In legend order; the palette colour of a series is its index.</param>
public sealed record XyChartSpec(
    string Title,
    string FileStem,
    PlotKind Kind,
    string XLabel,
    string YLabel,
    IReadOnlyList<ChartSeries> Series) : ChartSpec(Title, FileStem)
{
    /// <summary>ROC and precision-recall curves live in the unit square.</summary>
    public bool IsUnitSquare => Kind is PlotKind.Roc or PlotKind.PrecisionRecall;
}
