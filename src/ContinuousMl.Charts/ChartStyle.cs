using ContinuousMl.Plots;
using ScottPlot;

namespace ContinuousMl.Charts;

/// <summary>The look every chart shares: bundled font, readable sizes, light grid, palette colours.</summary>
internal static class ChartStyle
{
    public const float TitleSize = 16;
    public const float AxisLabelSize = 14;
    public const float TickLabelSize = 12;

    public static void Apply(Plot plot, string title)
    {
        plot.Font.Set(BundledFonts.Family);
        plot.Title(title, TitleSize);
        plot.Axes.Bottom.Label.FontSize = AxisLabelSize;
        plot.Axes.Left.Label.FontSize = AxisLabelSize;
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickLabelSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickLabelSize;
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.08);
        plot.Legend.FontSize = TickLabelSize;
        plot.Legend.SetBestFontOnEachRender = false;
    }

    /// <summary>The palette colour of the series at <paramref name="index"/>, as in the Mermaid legend.</summary>
    public static Color Series(int index) => Color.FromHex(SeriesPalette.Hex(index));
}
