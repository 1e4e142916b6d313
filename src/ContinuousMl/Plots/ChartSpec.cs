namespace ContinuousMl.Plots;

/// <summary>A chart ready to draw: what the data says, not how a renderer shows it.</summary>
/// <param name="Title">Shown above the chart and used as the image's alt text.</param>
/// <param name="FileStem">The default output file name, without extension (<c>train-loss</c>).</param>
public abstract record ChartSpec(string Title, string FileStem);
