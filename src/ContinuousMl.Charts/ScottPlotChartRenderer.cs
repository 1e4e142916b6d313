using System.Text;
using ContinuousMl.Plots;
using ScottPlot;

namespace ContinuousMl.Charts;

/// <summary>Draws chart specs with ScottPlot (Skia underneath) as PNG or SVG.</summary>
public sealed class ScottPlotChartRenderer : IChartImageRenderer
{
    public byte[] Render(ChartSpec chart, ImageOptions options)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(options);
        BundledFonts.Register();
        using var plot = new Plot();
        ChartStyle.Apply(plot, chart.Title);
        switch (chart)
        {
            case XyChartSpec xy:
                XyChartPlotter.Draw(plot, xy, options);
                break;
            case BarChartSpec bar:
                BarChartPlotter.Draw(plot, bar);
                break;
            case ConfusionMatrixSpec confusion:
                ConfusionMatrixPlotter.Draw(plot, confusion);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(chart), chart.GetType().Name, "no image form");
        }

        // Sizes are CSS pixels: at 192 dpi the image has twice the pixels and everything in it is twice as large.
        plot.ScaleFactor = (float)options.Scale;
        return options.Format == PlotFormat.Svg
            ? Encoding.UTF8.GetBytes(plot.GetSvgXml(options.PixelWidth, options.PixelHeight))
            : plot.GetImageBytes(options.PixelWidth, options.PixelHeight, ImageFormat.Png);
    }
}
