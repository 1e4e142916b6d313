using System.Globalization;
using ContinuousMl.Plots;
using ScottPlot;

namespace ContinuousMl.Charts;

/// <summary>
/// Grouped horizontal bars, one group per metric from the top down, base then workspace, each labelled with its
/// value. Horizontal, because metric names (<c>per_class.cat.recall</c>) need room a vertical chart's axis lacks.
/// </summary>
internal static class BarChartPlotter
{
    private const double GroupWidth = 0.8;

    public static void Draw(Plot plot, BarChartSpec chart)
    {
        var sides = chart.Series.Count;
        var width = GroupWidth / sides;
        for (var s = 0; s < sides; s++)
        {
            var series = chart.Series[s];
            var color = ChartStyle.Series(series.Role == SeriesRole.Head ? 0 : 1);
            var bars = new List<Bar>();
            for (var c = 0; c < chart.Categories.Count; c++)
            {
                if (series.Values[c] is not { } value)
                {
                    continue;
                }

                bars.Add(new Bar
                {
                    Position = Slot(chart, c) - ((s - ((sides - 1) / 2.0)) * width),
                    Value = value,
                    Size = width * 0.95,
                    FillColor = color,
                    LineWidth = 0,
                    Label = value.ToString("G4", CultureInfo.InvariantCulture),
                });
            }

            var plottable = plot.Add.Bars(bars.ToArray());
            plottable.Horizontal = true;
            plottable.LegendText = series.Label;
            plottable.ValueLabelStyle.FontSize = ChartStyle.TickLabelSize - 1;
        }

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            ticks.AddMajor(Slot(chart, c), chart.Categories[c]);
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0, right: 0.12);
        plot.XLabel(chart.ValueLabel);
        plot.HideGrid();
        if (sides > 1)
        {
            plot.ShowLegend(Edge.Bottom);
        }
    }

    /// <summary>The first metric at the top.</summary>
    private static double Slot(BarChartSpec chart, int category) => chart.Categories.Count - 1 - category;
}
