using System.Text;
using ContinuousMl.Errors;
using ContinuousMl.Git;
using ContinuousMl.Metrics;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Plots;

/// <summary>
/// <c>cml plot</c> from request to files: resolves the base revision and the input files, builds one chart per file
/// (or one for all with <c>--overlay</c>; bar charts always gather every file), writes each as an image or Mermaid
/// text, and returns the Markdown that embeds them.
/// </summary>
/// <param name="workingDirectory">Where relative inputs and outputs are, and where git runs.</param>
/// <param name="git">Reads the base revision's files.</param>
/// <param name="imageRenderer">Called only when an image is written, so Mermaid runs never load the image stack.</param>
/// <param name="logger">Progress on stderr.</param>
public sealed class PlotRunner(string workingDirectory, GitCli git, Func<IChartImageRenderer> imageRenderer, ILogger logger)
{
    public async Task<IReadOnlyList<RenderedChart>> RunAsync(PlotRequest request, CancellationToken cancellationToken)
    {
        var format = Validate(request);
        BaseSide? baseSide = null;
        GitFileReader? files = null;
        if (request.BaseRevision is { } revision)
        {
            var commit = await new RevisionResolver(git, logger).ResolveAsync(revision, "--base", cancellationToken).ConfigureAwait(false);
            baseSide = new BaseSide(revision, commit);
            files = new GitFileReader(git);
        }

        var inputs = await new PlotInputResolver(workingDirectory, files).ResolveAsync(request.Inputs, baseSide, cancellationToken).ConfigureAwait(false);
        if (baseSide is not null)
        {
            foreach (var input in inputs.SelectMany(i => i).Where(i => i.Head is null || i.Base is null))
            {
                logger.LogInformation(
                    "{Path} is only {Where}: drawn without the other side",
                    input.Path,
                    input.Head is null ? $"at {baseSide.Label}" : "in the workspace");
            }
        }

        var charts = BuildCharts(request, inputs, baseSide, PreselectionBuckets(request, format));
        return format == PlotFormat.Mermaid
            ? await WriteMermaidAsync(request, charts, cancellationToken).ConfigureAwait(false)
            : await WriteImagesAsync(request, format, charts, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The format asked for, or a usage error for values and combinations that cannot work.</summary>
    public static PlotFormat Validate(PlotRequest request)
    {
        if (request.Inputs.Count == 0)
        {
            throw new CmlException("name at least one file or folder to plot", ExitCodes.Usage);
        }

        RequireRange(request.Width, 16, 10_000, "--width");
        RequireRange(request.Height, 16, 10_000, "--height");
        RequireRange(request.Dpi, 24, 1200, "--dpi");
        RequireRange(request.MaxPoints, Lttb.MinimumPoints, 10_000, "--max-points");
        RequireRange(request.Smooth, 0, 1_000_000, "--smooth");
        if (request.Smooth > 1 && request.Kind != PlotKind.Line)
        {
            throw new CmlException("--smooth applies to line charts only", ExitCodes.Usage);
        }

        if (request.Kind == PlotKind.Confusion && (request.X is not null || request.Y.Count > 0))
        {
            throw new CmlException("a confusion matrix reads --actual and --predicted, not -x/-y", ExitCodes.Usage);
        }

        if (request.Kind == PlotKind.Confusion && request.Overlay)
        {
            throw new CmlException("--overlay does not apply to confusion matrices: each file is its own matrix", ExitCodes.Usage);
        }

        var fromOutput = Path.GetExtension(request.Output ?? string.Empty).ToLowerInvariant() switch
        {
            ".png" => PlotFormat.Png,
            ".svg" => PlotFormat.Svg,
            ".md" or ".markdown" => PlotFormat.Mermaid,
            _ => (PlotFormat?)null,
        };
        if (request.Format is { } format && fromOutput is { } implied && format != implied)
        {
            throw new CmlException($"-o {request.Output} does not match --format {format.ToString().ToLowerInvariant()}", ExitCodes.Usage);
        }

        var chosen = request.Format ?? fromOutput ?? PlotFormat.Png;
        if (chosen == PlotFormat.Mermaid && request.Kind == PlotKind.Confusion)
        {
            throw new CmlException("Mermaid cannot draw a confusion matrix: use --format png or svg", ExitCodes.Usage);
        }

        if (chosen == PlotFormat.Mermaid && request.Kind == PlotKind.Scatter)
        {
            throw new CmlException("Mermaid has no scatter chart: draw scatter plots as --format png or svg", ExitCodes.Usage);
        }

        return chosen;
    }

    private static void RequireRange(int value, int min, int max, string flag)
    {
        if (value < min || value > max)
        {
            throw new CmlException($"{flag} {value} is out of range: use {min} to {max}", ExitCodes.Usage);
        }
    }

    /// <summary>
    /// Enough preselected points for the last downsampling step to choose well: four candidates per point drawn,
    /// where an image draws about two points per pixel column and Mermaid draws <c>--max-points</c>.
    /// </summary>
    public static int PreselectionBuckets(PlotRequest request, PlotFormat format)
    {
        var drawn = format == PlotFormat.Mermaid
            ? request.MaxPoints
            : 2 * new ImageOptions(format, request.Width, request.Height, request.Dpi).PixelWidth;
        return Math.Max(2 * drawn, 64);
    }

    /// <summary>The charts one request draws from its resolved inputs; <c>cml report</c> calls this for every plot it finds.</summary>
    public static List<ChartSpec> BuildCharts(PlotRequest request, IReadOnlyList<IReadOnlyList<PlotInput>> inputs, BaseSide? baseSide, int buckets)
    {
        var all = inputs.SelectMany(i => i).ToArray();
        var stems = new HashSet<string>(StringComparer.Ordinal);
        string Stem(string name)
        {
            var stem = SeriesLabels.FileSafe(name.Replace('/', '-'));
            var unique = stem;
            for (var n = 2; !stems.Add(unique); n++)
            {
                unique = $"{stem}-{n}";
            }

            return unique;
        }

        var overallName = Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(request.Inputs[0]));
        var charts = new List<ChartSpec>();
        switch (request.Kind)
        {
            case PlotKind.Bar:
                charts.Add(new BarChartBuilder(request, baseSide).Build(all, Stem(all.Length == 1 ? all[0].Name : overallName)));
                break;
            case PlotKind.Confusion:
                var confusion = new ConfusionChartBuilder(request, baseSide);
                foreach (var input in all)
                {
                    charts.AddRange(confusion.Build(input, Stem(input.Name)));
                }

                break;
            default:
                var xy = new XyChartBuilder(request, baseSide, buckets);
                if (request.Overlay)
                {
                    charts.Add(xy.Build(all, Stem(all.Length == 1 ? all[0].Name : overallName)));
                }
                else
                {
                    foreach (var input in all)
                    {
                        charts.Add(xy.Build([input], Stem(input.Name)));
                    }
                }

                break;
        }

        return charts;
    }

    private async Task<IReadOnlyList<RenderedChart>> WriteMermaidAsync(PlotRequest request, List<ChartSpec> charts, CancellationToken cancellationToken)
    {
        var rendered = charts.Select(c => new RenderedChart(c.Title, null, MermaidChartWriter.Write(c, request.MaxPoints))).ToList();
        if (request.Output is null)
        {
            return rendered;
        }

        var path = Path.GetFullPath(request.Output, workingDirectory);
        if (Directory.Exists(path) || request.Output.EndsWith('/') || request.Output.EndsWith(Path.DirectorySeparatorChar))
        {
            throw new CmlException($"-o {request.Output} is a folder, but Mermaid charts go into one Markdown file: name it, e.g. -o charts.md", ExitCodes.Usage);
        }

        CreateParent(path);
        var text = string.Join('\n', rendered.Select(r => r.Markdown));
        await File.WriteAllTextAsync(path, text, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Wrote {Count} Mermaid chart(s) to {Path}", rendered.Count, request.Output);
        return rendered.Select(r => r with { Path = path }).ToList();
    }

    private async Task<IReadOnlyList<RenderedChart>> WriteImagesAsync(PlotRequest request, PlotFormat format, List<ChartSpec> charts, CancellationToken cancellationToken)
    {
        var extension = format == PlotFormat.Svg ? ".svg" : ".png";
        var folder = OutputFolder(request, charts.Count);
        var renderer = imageRenderer();
        var options = new ImageOptions(format, request.Width, request.Height, request.Dpi);
        var rendered = new List<RenderedChart>(charts.Count);
        foreach (var chart in charts)
        {
            var shown = folder is null ? request.Output! : CombineShown(folder, chart.FileStem + extension);
            var path = Path.GetFullPath(shown, workingDirectory);
            CreateParent(path);
            var bytes = renderer.Render(chart, options);
            await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Wrote {Path} ({Width}x{Height})", shown, options.PixelWidth, options.PixelHeight);
            rendered.Add(new RenderedChart(chart.Title, path, MarkdownEmbed.Image(chart.Title, shown)));
        }

        return rendered;
    }

    /// <summary>
    /// Where images go as the user will see the path: null when <c>-o</c> names the one file; otherwise the folder
    /// (<c>-o</c> as a folder, or the working directory as <c>""</c>).
    /// </summary>
    private string? OutputFolder(PlotRequest request, int chartCount)
    {
        if (request.Output is null)
        {
            return string.Empty;
        }

        var isFolder = Directory.Exists(Path.GetFullPath(request.Output, workingDirectory))
                       || request.Output.EndsWith('/') || request.Output.EndsWith(Path.DirectorySeparatorChar)
                       || Path.GetExtension(request.Output).Length == 0;
        if (isFolder)
        {
            return request.Output;
        }

        return chartCount == 1
            ? null
            : throw new CmlException($"-o {request.Output} names one file, but there are {chartCount} charts: give a folder, or --overlay to draw one chart", ExitCodes.Usage);
    }

    private static string CombineShown(string folder, string file) =>
        folder.Length == 0 ? file : folder.TrimEnd('/', Path.DirectorySeparatorChar) + "/" + file;

    private static void CreateParent(string path)
    {
        var parent = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(parent))
        {
            Directory.CreateDirectory(parent);
        }
    }
}
