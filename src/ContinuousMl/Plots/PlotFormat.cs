namespace ContinuousMl.Plots;

/// <summary>What a chart is written as.</summary>
public enum PlotFormat
{
    Png,
    Svg,

    /// <summary>A Mermaid <c>xychart-beta</c> block with a Markdown legend: drawn by the forge, no image to host.</summary>
    Mermaid,
}
