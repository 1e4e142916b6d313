using System.Globalization;
using ContinuousMl.Plots;
using ScottPlot;

namespace ContinuousMl.Charts;

/// <summary>
/// A heat map with the count (or share) written in every cell, actual classes down the side with the first at the
/// top, predicted classes along the bottom, as scikit-learn draws it.
/// </summary>
internal static class ConfusionMatrixPlotter
{
    public static void Draw(Plot plot, ConfusionMatrixSpec chart)
    {
        var n = chart.Classes.Count;
        var heatmap = plot.Add.Heatmap(chart.Cells);
        heatmap.Colormap = new ScottPlot.Colormaps.Reversed(new ScottPlot.Colormaps.Blues());
        heatmap.Extent = new CoordinateRect(0, n, 0, n);
        var cells = chart.Cells.Cast<double>().ToArray();
        var (low, high) = (cells.Min(), cells.Max());
        for (var actual = 0; actual < n; actual++)
        {
            for (var predicted = 0; predicted < n; predicted++)
            {
                var value = chart.Cells[actual, predicted];
                var text = plot.Add.Text(Format(value, chart.Normalized), predicted + 0.5, n - actual - 0.5);
                text.Alignment = Alignment.MiddleCenter;
                text.LabelFontSize = ChartStyle.TickLabelSize + 1;

                // Dark cells get white text, light cells black, so every number reads.
                var share = high > low ? (value - low) / (high - low) : 0;
                text.LabelFontColor = share > 0.55 ? Colors.White : Colors.Black;
            }
        }

        var xTicks = new ScottPlot.TickGenerators.NumericManual();
        var yTicks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < n; i++)
        {
            xTicks.AddMajor(i + 0.5, chart.Classes[i]);
            yTicks.AddMajor(n - i - 0.5, chart.Classes[i]);
        }

        plot.Axes.Bottom.TickGenerator = xTicks;
        plot.Axes.Left.TickGenerator = yTicks;
        plot.XLabel(chart.PredictedLabel);
        plot.YLabel(chart.ActualLabel);
        plot.Axes.SetLimits(0, n, 0, n);
        plot.HideGrid();
        plot.Add.ColorBar(heatmap);
    }

    private static string Format(double value, bool normalized) =>
        normalized ? value.ToString("0.00", CultureInfo.InvariantCulture) : value.ToString("0.##", CultureInfo.InvariantCulture);
}
