namespace ContinuousMl.Plots;

/// <summary>One line (or set of markers) of a chart, already reduced for drawing.</summary>
/// <param name="Label">The legend text: <c>loss (main)</c>.</param>
/// <param name="Metric">What is plotted, shared by the base and head series of the same metric (one colour).</param>
/// <param name="Role">Head or base.</param>
/// <param name="Points">The kept points in file order; the final downsampling to the output's size is the writer's.</param>
/// <param name="Summary">Exact count, first, last, minimum and maximum of the whole series as drawn.</param>
/// <param name="Unsmoothed">With <c>--smooth</c>: the raw points, drawn faintly behind the smoothed line.</param>
public sealed record ChartSeries(
    string Label,
    string Metric,
    SeriesRole Role,
    IReadOnlyList<DataPoint> Points,
    SeriesSummary Summary,
    IReadOnlyList<DataPoint>? Unsmoothed = null);
