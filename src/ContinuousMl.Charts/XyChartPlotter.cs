using ContinuousMl.Plots;
using ScottPlot;
using DataPoint = ContinuousMl.Plots.DataPoint;

namespace ContinuousMl.Charts;

/// <summary>
/// Lines (solid for the workspace, dashed for the base), markers for scatter plots, and for ROC and PR curves the
/// unit square with ROC's chance diagonal.
/// </summary>
internal static class XyChartPlotter
{
    public static void Draw(Plot plot, XyChartSpec chart, ImageOptions options)
    {
        // About two points per pixel column keep every visible wiggle; more only costs time.
        var pointBudget = Math.Max(Lttb.MinimumPoints, 2 * options.PixelWidth);
        if (chart.Kind == PlotKind.Roc)
        {
            var chance = plot.Add.Line(0, 0, 1, 1);
            chance.LineColor = Colors.Gray.WithAlpha(0.6);
            chance.LinePattern = LinePattern.Dotted;
        }

        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            var color = ChartStyle.Series(i);
            if (series.Unsmoothed is { } raw)
            {
                var faint = AddLine(plot, Lttb.Downsample([.. raw], pointBudget), color.WithAlpha(0.25));
                faint.LineWidth = 1;
                faint.LinePattern = series.Role == SeriesRole.Base ? LinePattern.Dashed : LinePattern.Solid;
            }

            var drawn = chart.Kind == PlotKind.Scatter
                ? AddMarkers(plot, [.. series.Points], color)
                : AddLine(plot, Lttb.Downsample([.. series.Points], pointBudget), color);
            drawn.LegendText = series.Label;
            if (chart.Kind != PlotKind.Scatter)
            {
                drawn.LineWidth = 2;
                drawn.LinePattern = series.Role == SeriesRole.Base ? LinePattern.Dashed : LinePattern.Solid;
            }
        }

        plot.XLabel(chart.XLabel);
        plot.YLabel(chart.YLabel);
        if (chart.IsUnitSquare)
        {
            plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.02);
        }

        if (chart.Series.Count > 1 || chart.Series.Any(s => s.Role == SeriesRole.Base))
        {
            plot.ShowLegend(chart.Kind switch
            {
                PlotKind.Roc => Alignment.LowerRight,
                PlotKind.PrecisionRecall => Alignment.LowerLeft,
                _ => Alignment.UpperRight,
            });
        }
    }

    private static ScottPlot.Plottables.Scatter AddLine(Plot plot, DataPoint[] points, Color color)
    {
        var (xs, ys) = Split(points);
        var line = plot.Add.ScatterLine(xs, ys, color);
        line.MarkerSize = points.Length == 1 ? 6 : 0;
        return line;
    }

    private static ScottPlot.Plottables.Scatter AddMarkers(Plot plot, DataPoint[] points, Color color)
    {
        var (xs, ys) = Split(points);
        var markers = plot.Add.ScatterPoints(xs, ys, color);
        markers.MarkerSize = 5;
        return markers;
    }

    private static (double[] Xs, double[] Ys) Split(DataPoint[] points)
    {
        var xs = new double[points.Length];
        var ys = new double[points.Length];
        for (var i = 0; i < points.Length; i++)
        {
            xs[i] = points[i].X;
            ys[i] = points[i].Y;
        }

        return (xs, ys);
    }
}
