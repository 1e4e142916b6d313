namespace ContinuousMl.Plots;

/// <summary>One side's values for every category of a bar chart; null where that side has no such metric.</summary>
public sealed record BarSeries(string Label, SeriesRole Role, IReadOnlyList<double?> Values);
