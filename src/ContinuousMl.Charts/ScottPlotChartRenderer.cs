using System.Text;
using ContinuousMl.Errors;
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
        try
        {
            return Draw(chart, options);
        }
        catch (Exception exception) when (exception is DllNotFoundException or TypeInitializationException
                                              && MissingNativeLibrary(exception) is { } library)
        {
            // The native binary ships alone in some installs; Skia's libraries must sit beside it for images.
            throw new CmlException(
                $"drawing a PNG/SVG chart needs {library} beside cml ({AppContext.BaseDirectory}): install from the cml-<platform>.tar.gz archive, or leave out --images/--format png to get Mermaid charts",
                ExitCodes.Failure,
                exception);
        }
    }

    private static string? MissingNativeLibrary(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is DllNotFoundException missing)
            {
                return missing.Message.Contains("HarfBuzz", StringComparison.OrdinalIgnoreCase) ? "libHarfBuzzSharp.so" : "libSkiaSharp.so";
            }
        }

        return null;
    }

    private static byte[] Draw(ChartSpec chart, ImageOptions options)
    {
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
