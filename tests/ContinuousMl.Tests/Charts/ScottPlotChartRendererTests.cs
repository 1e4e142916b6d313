using System.Xml.Linq;
using ContinuousMl.Charts;
using ContinuousMl.Plots;
using SkiaSharp;

namespace ContinuousMl.Tests.Charts;

// Structural checks, not pixel-exact ones: sizes, that the series' colour is where the data is, and SVG text.
public class ScottPlotChartRendererTests
{
    private static readonly ScottPlotChartRenderer Renderer = new();

    private static ChartSeries Series(string label, SeriesRole role, Func<int, double> y, int count = 500)
    {
        var accumulator = new SeriesAccumulator(2048, 1);
        for (var i = 0; i < count; i++)
        {
            accumulator.Add(i, y(i));
        }

        return accumulator.Complete(label, "loss", role)!;
    }

    private static XyChartSpec LossChart() => new("val loss", "loss", PlotKind.Line, "step", "loss",
    [
        Series("loss (workspace)", SeriesRole.Head, i => Math.Exp(-i / 100.0)),
        Series("loss (main)", SeriesRole.Base, i => 0.1 + Math.Exp(-i / 80.0)),
    ]);

    private static int CountPixelsNear(SKBitmap bitmap, SKColor target, int tolerance = 40)
    {
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (Math.Abs(c.Red - target.Red) + Math.Abs(c.Green - target.Green) + Math.Abs(c.Blue - target.Blue) <= tolerance)
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static XDocument Svg(ChartSpec chart, int width = 800, int height = 450) =>
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(Renderer.Render(chart, new ImageOptions(PlotFormat.Svg, width, height, 96))));

    private static string AllText(XDocument svg) =>
        string.Join("|", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()));

    [Fact]
    public void A_line_chart_png_has_the_requested_size_and_both_series_drawn()
    {
        var png = Renderer.Render(LossChart(), new ImageOptions(PlotFormat.Png, 640, 360, 96));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(640, bitmap.Width);
        Assert.Equal(360, bitmap.Height);
        Assert.True(CountPixelsNear(bitmap, SKColor.Parse(SeriesPalette.Hex(0))) > 300, "the workspace line (blue) is missing");
        Assert.True(CountPixelsNear(bitmap, SKColor.Parse(SeriesPalette.Hex(1))) > 150, "the base line (orange, dashed) is missing");
    }

    [Fact]
    public void The_dpi_scales_the_pixels()
    {
        using var bitmap = SKBitmap.Decode(Renderer.Render(LossChart(), new ImageOptions(PlotFormat.Png, 400, 300, 192)));

        Assert.Equal(800, bitmap.Width);
        Assert.Equal(600, bitmap.Height);
    }

    [Fact]
    public void The_line_is_drawn_where_the_data_is()
    {
        // A flat line at the top of the range: the upper half has the colour, the lower half does not.
        var chart = new XyChartSpec("flat", "flat", PlotKind.Line, "step", "y",
        [
            Series("high", SeriesRole.Head, _ => 1),
            Series("low", SeriesRole.Head, i => i == 0 ? 0 : double.NaN, 1),
        ]);
        using var bitmap = SKBitmap.Decode(Renderer.Render(chart, new ImageOptions(PlotFormat.Png, 400, 300, 96)));
        using var top = new SKBitmap(400, 150);
        using var bottom = new SKBitmap(400, 150);
        bitmap.ExtractSubset(top, new SKRectI(0, 0, 400, 150));
        bitmap.ExtractSubset(bottom, new SKRectI(0, 150, 400, 300));

        Assert.True(CountPixelsNear(top, SKColor.Parse(SeriesPalette.Hex(0))) > 100);
        Assert.Equal(0, CountPixelsNear(bottom, SKColor.Parse(SeriesPalette.Hex(0)), 10));
    }

    [Fact]
    public void A_line_chart_svg_has_its_size_title_axis_labels_and_legend()
    {
        var svg = Svg(LossChart());

        Assert.Equal("800", svg.Root!.Attribute("width")!.Value);
        Assert.Equal("450", svg.Root.Attribute("height")!.Value);
        var text = AllText(svg);
        foreach (var expected in new[] { "val loss", "step", "loss", "loss (workspace)", "loss (main)" })
        {
            Assert.Contains($"|{expected}|", $"|{text}|");
        }

        Assert.Contains("DejaVu Sans", svg.ToString());
    }

    [Fact]
    public void A_confusion_matrix_shows_its_classes_counts_and_axis_names()
    {
        var counter = new ConfusionCounter();
        counter.Add("cat", "cat", 96);
        counter.Add("cat", "dog", 13);
        counter.Add("dog", "dog", 132);
        var (classes, cells) = counter.Build(normalize: false);
        var chart = new ConfusionMatrixSpec("predictions", "predictions", "actual", "predicted", classes, cells, false, 241);

        var text = AllText(Svg(chart));
        foreach (var expected in new[] { "predictions", "cat", "dog", "96", "13", "0", "132", "actual", "predicted" })
        {
            Assert.Contains($"|{expected}|", $"|{text}|");
        }

        using var bitmap = SKBitmap.Decode(Renderer.Render(chart, new ImageOptions(PlotFormat.Png, 500, 400, 96)));
        Assert.Equal(500, bitmap.Width);
        Assert.True(CountPixelsNear(bitmap, new SKColor(8, 48, 107), 60) > 1000, "the darkest cell (132) should be dark blue");
    }

    [Fact]
    public void A_bar_chart_labels_metrics_sides_and_values()
    {
        var chart = new BarChartSpec("metrics", "metrics", "value", ["accuracy", "loss"],
        [
            new BarSeries("main", SeriesRole.Base, [0.91, 0.31]),
            new BarSeries("workspace", SeriesRole.Head, [0.92, 0.29]),
        ]);

        var text = AllText(Svg(chart));

        foreach (var expected in new[] { "metrics", "accuracy", "loss", "main", "workspace", "0.91", "0.29", "value" })
        {
            Assert.Contains($"|{expected}|", $"|{text}|");
        }
    }

    [Fact]
    public void A_roc_curve_is_drawn_in_the_unit_square_with_its_legend()
    {
        var accumulator = new SeriesAccumulator(64, 1);
        for (var i = 0; i <= 10; i++)
        {
            accumulator.Add(i / 10.0, Math.Sqrt(i / 10.0));
        }

        var chart = new XyChartSpec("roc", "roc", PlotKind.Roc, "fpr", "tpr", [accumulator.Complete("tpr, AUC 0.9", "tpr", SeriesRole.Head)!]);

        var text = AllText(Svg(chart));

        Assert.Contains("|tpr, AUC 0.9|", $"|{text}|");
        Assert.Contains("|fpr|", $"|{text}|");
    }

    [Fact]
    public void Text_uses_the_bundled_font_whatever_name_is_asked_for()
    {
        BundledFonts.Register();

        Assert.Equal("DejaVu Sans", ScottPlot.Fonts.GetTypeface("No Such Font", bold: false, italic: false).FamilyName);
        Assert.Equal("DejaVu Sans", ScottPlot.Fonts.GetTypeface("Arial", bold: true, italic: false).FamilyName);
        Assert.Equal(SKFontStyleWeight.Bold, (SKFontStyleWeight)ScottPlot.Fonts.GetTypeface("Arial", bold: true, italic: false).FontWeight);
    }
}
