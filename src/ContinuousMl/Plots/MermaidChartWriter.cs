using System.Globalization;
using System.Text;
using ContinuousMl.Errors;

namespace ContinuousMl.Plots;

/// <summary>
/// Writes charts as Mermaid <c>xychart-beta</c> blocks that GitHub and GitLab draw from the comment's text, with a
/// Markdown legend under each, since the renderers those hosts ship draw none. Colours are set through an
/// <c>init</c> directive (understood by every Mermaid that knows xychart) so the legend's squares match the lines.
/// </summary>
public static class MermaidChartWriter
{
    /// <summary>Beyond this many categories, x labels run into each other: the axis shows a numeric range instead.</summary>
    public const int MaxCategoryLabels = 20;

    public static string Write(ChartSpec chart, int maxPoints) => chart switch
    {
        XyChartSpec { Kind: PlotKind.Scatter } => throw new CmlException(
            "Mermaid has no scatter chart: draw scatter plots as --format png or svg", ExitCodes.Usage),
        XyChartSpec xy => WriteXy(xy, maxPoints),
        BarChartSpec bar => WriteBar(bar),
        ConfusionMatrixSpec => throw new CmlException(
            "Mermaid cannot draw a confusion matrix: use --format png or svg", ExitCodes.Usage),
        _ => throw new ArgumentOutOfRangeException(nameof(chart), chart.GetType().Name, "no Mermaid form"),
    };

    private static string WriteXy(XyChartSpec chart, int maxPoints)
    {
        var grid = MermaidGridBuilder.Build(chart.Series.Select(s => s.Points).ToArray(), maxPoints);
        var colours = Enumerable.Range(0, chart.Series.Count).Select(SeriesPalette.Hex);
        var text = Open(colours, horizontal: false, chart.Title);
        if (grid.IsExact && grid.Xs.Count <= MaxCategoryLabels)
        {
            text.Append("    x-axis ").Append(MermaidText.Quote(chart.XLabel)).Append(" [")
                .AppendJoin(", ", grid.Xs.Select(x => MermaidText.Quote(MermaidNumber.Format(x)))).Append("]\n");
        }
        else if (grid.Xs.Count > 0)
        {
            text.Append("    x-axis ").Append(MermaidText.Quote(chart.XLabel)).Append(' ')
                .Append(MermaidNumber.Format(grid.Xs[0])).Append(" --> ").Append(MermaidNumber.Format(grid.Xs[^1])).Append('\n');
        }

        var all = grid.Values.SelectMany(v => v).DefaultIfEmpty(0).ToArray();
        var (low, high) = chart.IsUnitSquare ? (Math.Min(0, all.Min()), Math.Max(1, all.Max())) : Padded(all.Min(), all.Max());
        AppendValueAxis(text, chart.YLabel, low, high);
        foreach (var values in grid.Values)
        {
            text.Append("    line [").AppendJoin(", ", values.Select(MermaidNumber.Format)).Append("]\n");
        }

        text.Append("```\n\n");
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            text.Append("- ").Append(SeriesPalette.Swatch(i)).Append(' ').Append(series.Label);
            if (chart.IsUnitSquare)
            {
                // A curve's story is its area, already in the label; its last point is always (1, 1) or (1, 0).
                text.Append('\n');
                continue;
            }

            var last = series.Summary.Last;
            text.Append(": ")
                .Append(MermaidNumber.Format(last.Y)).Append(" at ").Append(chart.XLabel).Append(' ').Append(MermaidNumber.Format(last.X))
                .Append(" (min ").Append(MermaidNumber.Format(series.Summary.Min.Y))
                .Append(", max ").Append(MermaidNumber.Format(series.Summary.Max.Y)).Append(')')
                .Append(Coverage(series, grid, chart.XLabel)).Append('\n');
        }

        var longest = chart.Series.Select(s => s.Summary.Count).DefaultIfEmpty(0).Max();
        if (!grid.IsExact && longest > grid.Xs.Count)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"_{grid.Xs.Count} points per line, from up to {longest:N0} (LTTB; first, last, minimum and maximum kept)._\n");
        }

        return text.ToString();
    }

    private static string WriteBar(BarChartSpec chart)
    {
        var values = chart.Series.SelectMany(s => s.Values).Select(v => v ?? 0).ToArray();
        var negative = values.Any(v => v < 0);

        // Old renderers draw every bar series in the same slot, one over the other. Each side gets its own
        // categories and a zero elsewhere, so one colour per side shows whatever the renderer's age; with negative
        // values a zero bar would be visible, so the sides then share one series.
        var sideCount = negative ? 1 : chart.Series.Count;
        var categories = new List<string>();
        var drawn = Enumerable.Range(0, sideCount).Select(_ => new List<double>()).ToArray();
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            for (var s = 0; s < chart.Series.Count; s++)
            {
                categories.Add(chart.Series.Count == 1 ? chart.Categories[c] : $"{chart.Categories[c]} ({chart.Series[s].Label})");
                var value = chart.Series[s].Values[c] ?? 0;
                for (var side = 0; side < sideCount; side++)
                {
                    drawn[side].Add(negative || side == s ? value : 0);
                }
            }
        }

        var colours = chart.Series.Select(ColourIndex).Select(SeriesPalette.Hex).Take(drawn.Length);
        var text = Open(colours, horizontal: true, chart.Title);
        text.Append("    x-axis [").AppendJoin(", ", categories.Select(MermaidText.Quote)).Append("]\n");
        var (low, high) = Padded(Math.Min(0, values.DefaultIfEmpty(0).Min()), Math.Max(0, values.DefaultIfEmpty(0).Max()));
        AppendValueAxis(text, chart.ValueLabel, Math.Min(0, low), high);
        foreach (var bars in drawn)
        {
            text.Append("    bar [").AppendJoin(", ", bars.Select(MermaidNumber.Format)).Append("]\n");
        }

        text.Append("```\n");
        if (chart.Series.Count > 1)
        {
            text.Append('\n').AppendJoin(" · ", chart.Series.Select(s => negative ? s.Label : $"{SeriesPalette.Swatch(ColourIndex(s))} {s.Label}")).Append('\n');
        }

        var missing = chart.Series.SelectMany(s => chart.Categories.Where((_, c) => s.Values[c] is null).Select(c => $"{c} at {s.Label}")).ToArray();
        if (missing.Length > 0)
        {
            text.Append('\n').Append("_Not in the files (drawn as 0): ").AppendJoin(", ", missing).Append("._\n");
        }

        return text.ToString();
    }

    /// <summary>Mermaid cannot end a line early: say where a shorter series really starts and ends.</summary>
    private static string Coverage(ChartSeries series, MermaidGrid grid, string xLabel)
    {
        if (grid.Xs.Count < 2 || series.Points.Count == 0)
        {
            return string.Empty;
        }

        var first = series.Points.Min(p => p.X);
        var last = series.Points.Max(p => p.X);
        var tolerance = (grid.Xs[^1] - grid.Xs[0]) / (grid.Xs.Count - 1) / 2;
        var notes = new List<string>();
        if (first > grid.Xs[0] + tolerance)
        {
            notes.Add($"starts at {xLabel} {MermaidNumber.Format(first)}, drawn flat before");
        }

        if (last < grid.Xs[^1] - tolerance)
        {
            notes.Add($"ends at {xLabel} {MermaidNumber.Format(last)}, drawn flat after");
        }

        return notes.Count == 0 ? string.Empty : $"; {string.Join("; ", notes)}";
    }

    /// <summary>The head is always the first colour and the base the second, as in line charts of one metric.</summary>
    private static int ColourIndex(BarSeries series) => series.Role == SeriesRole.Head ? 0 : 1;

    private static StringBuilder Open(IEnumerable<string> colours, bool horizontal, string title)
    {
        var text = new StringBuilder("```mermaid\n");
        text.Append("%%{init: {\"themeVariables\": {\"xyChart\": {\"plotColorPalette\": \"").AppendJoin(", ", colours).Append("\"}}}}%%\n");
        text.Append(horizontal ? "xychart-beta horizontal\n" : "xychart-beta\n");
        text.Append("    title ").Append(MermaidText.Quote(title)).Append('\n');
        return text;
    }

    private static void AppendValueAxis(StringBuilder text, string label, double low, double high) =>
        text.Append("    y-axis ").Append(MermaidText.Quote(label)).Append(' ')
            .Append(MermaidNumber.Format(low)).Append(" --> ").Append(MermaidNumber.Format(high)).Append('\n');

    /// <summary>The data's range with 5% air on each side, so the extremes do not sit on the frame.</summary>
    private static (double Low, double High) Padded(double min, double max)
    {
        var span = max - min;
        var pad = span > 0 ? span * 0.05 : Math.Max(Math.Abs(max) * 0.05, 1e-9);
        // Round outward to two significant digits of the span, so the axis reads 0.25 --> 0.99, not 0.253955.
        var unit = Math.Pow(10, Math.Floor(Math.Log10(span > 0 ? span : pad)) - 1);
        var low = Math.Floor((min - pad) / unit) * unit;
        var high = Math.Ceiling((max + pad) / unit) * unit;

        // A quantity that never goes below zero keeps zero as its floor rather than a negative axis.
        return (min >= 0 && low < 0 ? 0 : low, high);
    }
}
