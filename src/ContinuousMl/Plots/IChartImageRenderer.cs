namespace ContinuousMl.Plots;

/// <summary>
/// Draws a chart as an image. The implementation (ScottPlot on Skia) lives outside the core and is loaded only
/// when an image is asked for, so Mermaid output and every other command start without it.
/// </summary>
public interface IChartImageRenderer
{
    /// <summary>The PNG bytes, or the SVG document as UTF-8.</summary>
    byte[] Render(ChartSpec chart, ImageOptions options);
}
