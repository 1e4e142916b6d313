using System.Globalization;
using ContinuousMl.Errors;
using ContinuousMl.Plots;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Reports;

/// <summary>
/// Draws a report's charts with <c>cml plot</c>'s builders, as Mermaid text or as PNG files in the report's folder.
/// Mermaid has no confusion matrix or scatter plot: the first becomes a table, the second a PNG. A plot that cannot
/// be drawn (a missing column, a malformed file) becomes a warning line in the report instead of failing it.
/// </summary>
/// <param name="outputDirectory">Where images are written; the report refers to them by file name.</param>
/// <param name="imageRenderer">Called only when an image is drawn, so a Mermaid report never loads Skia.</param>
/// <param name="logger">Progress on stderr.</param>
public sealed class ReportChartWriter(string outputDirectory, Func<IChartImageRenderer> imageRenderer, ILogger logger)
{
    private readonly HashSet<string> usedNames = new(StringComparer.OrdinalIgnoreCase);
    private IChartImageRenderer? renderer;

    /// <param name="plots">What to draw.</param>
    /// <param name="resolve">Finds each plot's files on both sides.</param>
    /// <param name="baseSide">The side compared with, for legends; null to draw the workspace alone.</param>
    /// <param name="form">Mermaid where the forge draws it, else images.</param>
    /// <param name="cancellationToken">Cancels reading and writing.</param>
    public async Task<IReadOnlyList<ReportChart>> WriteAsync(
        IReadOnlyList<PlotRequest> plots,
        Func<PlotRequest, CancellationToken, Task<IReadOnlyList<IReadOnlyList<PlotInput>>>> resolve,
        BaseSide? baseSide,
        ChartForm form,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plots);
        ArgumentNullException.ThrowIfNull(resolve);
        var written = new List<ReportChart>();
        foreach (var plot in plots)
        {
            try
            {
                var inputs = await resolve(plot, cancellationToken).ConfigureAwait(false);
                var format = form == ChartForm.Mermaid ? PlotFormat.Mermaid : PlotFormat.Png;
                var charts = PlotRunner.BuildCharts(plot, inputs, baseSide, PlotRunner.PreselectionBuckets(plot, format));
                foreach (var chart in charts)
                {
                    written.Add(await WriteAsync(chart, plot, form, cancellationToken).ConfigureAwait(false));
                }
            }
            catch (CmlException ex)
            {
                var what = string.Join(", ", plot.Inputs);
                logger.LogWarning("cannot draw {Plot}: {Message}", what, ex.Message);
                written.Add(new ReportChart(what, $"> ⚠️ `{what}` could not be drawn: {ex.Message.ReplaceLineEndings(" ")}\n", null));
            }
        }

        return written;
    }

    private async Task<ReportChart> WriteAsync(ChartSpec chart, PlotRequest plot, ChartForm form, CancellationToken cancellationToken)
    {
        if (form == ChartForm.Mermaid)
        {
            switch (chart)
            {
                case ConfusionMatrixSpec matrix:
                    return new ReportChart(chart.Title, ConfusionTableWriter.Write(matrix), null);
                case XyChartSpec { Kind: not PlotKind.Scatter } or BarChartSpec:
                    return new ReportChart(chart.Title, MermaidChartWriter.Write(chart, plot.MaxPoints), null);
            }
        }

        var name = UniqueName(chart.FileStem) + ".png";
        var options = new ImageOptions(PlotFormat.Png, plot.Width, plot.Height, plot.Dpi);
        renderer ??= imageRenderer();
        var bytes = renderer.Render(chart, options);
        Directory.CreateDirectory(outputDirectory);
        var path = Path.Combine(outputDirectory, name);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Wrote {Path} ({Width}x{Height})", path, options.PixelWidth, options.PixelHeight);
        return new ReportChart(chart.Title, MarkdownEmbed.Image(chart.Title, name), path);
    }

    private string UniqueName(string stem)
    {
        var name = stem;
        for (var n = 2; !usedNames.Add(name); n++)
        {
            name = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}");
        }

        return name;
    }
}
