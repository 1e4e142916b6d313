namespace ContinuousMl.Plots;

/// <summary>One plot file, as it is now and as it was at the base; either side may be absent.</summary>
/// <param name="Name">Names the series and charts: the file's path inside the folder given, without extension (<c>train/loss</c>).</param>
/// <param name="Path">The path for messages, as the user typed it (<c>dvclive/plots/metrics/train/loss.tsv</c>).</param>
public sealed record PlotInput(string Name, string Path, TableSource? Head, TableSource? Base);
