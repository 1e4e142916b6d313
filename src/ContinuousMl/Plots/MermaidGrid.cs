namespace ContinuousMl.Plots;

/// <summary>The shared x positions of a Mermaid chart and each series' value at every one of them.</summary>
/// <param name="Xs">The x positions, ascending.</param>
/// <param name="IsExact">True when these are the data's own x values (evenly spaced), false for a resampled grid.</param>
/// <param name="Values">Per series, one value per position.</param>
public sealed record MermaidGrid(IReadOnlyList<double> Xs, bool IsExact, IReadOnlyList<double[]> Values);
