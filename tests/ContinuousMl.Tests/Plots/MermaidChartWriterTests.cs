using System.Globalization;
using System.Text.RegularExpressions;
using ContinuousMl.Errors;
using ContinuousMl.Plots;

namespace ContinuousMl.Tests.Plots;

public partial class MermaidChartWriterTests
{
    private static readonly BaseSide Main = new("main", new string('b', 40));

    private static ChartSeries Series(string label, SeriesRole role, IEnumerable<DataPoint> points, int buckets = 600)
    {
        var accumulator = new SeriesAccumulator(buckets, 1);
        foreach (var point in points)
        {
            accumulator.Add(point.X, point.Y);
        }

        return accumulator.Complete(label, "loss", role)!;
    }

    private static XyChartSpec Chart(params ChartSeries[] series) =>
        new("val loss", "loss", PlotKind.Line, "step", "loss", series);

    /// <summary>Every <c>line [..]</c> or <c>bar [..]</c> of the block, parsed.</summary>
    private static List<double[]> Series(string mermaid, string kind) =>
        SeriesPattern().Matches(mermaid)
            .Where(m => m.Groups[1].Value == kind)
            .Select(m => m.Groups[2].Value.Split(", ").Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .ToList();

    [Fact]
    public void Writes_an_xychart_beta_block_with_axes_lines_and_a_markdown_legend()
    {
        var head = Series("loss (workspace)", SeriesRole.Head, Enumerable.Range(0, 5).Select(i => new DataPoint(i, 1.0 / (i + 1))));
        var baseSeries = Series("loss (main)", SeriesRole.Base, Enumerable.Range(0, 5).Select(i => new DataPoint(i, 1.2 / (i + 1))));

        var text = MermaidChartWriter.Write(Chart(head, baseSeries), 150);

        var lines = text.Split('\n');
        Assert.Equal("```mermaid", lines[0]);
        Assert.StartsWith("%%{init: {\"themeVariables\": {\"xyChart\": {\"plotColorPalette\": \"#1f77b4, #ff7f0e\"}}}}%%", lines[1]);
        Assert.Equal("xychart-beta", lines[2]);
        Assert.Equal("    title \"val loss\"", lines[3]);
        Assert.Equal("    x-axis \"step\" [\"0\", \"1\", \"2\", \"3\", \"4\"]", lines[4]);
        Assert.StartsWith("    y-axis \"loss\" 0", lines[5]);
        Assert.Equal("    line [1, 0.5, 0.333333, 0.25, 0.2]", lines[6]);
        Assert.Equal("    line [1.2, 0.6, 0.4, 0.3, 0.24]", lines[7]);
        Assert.Equal("```", lines[8]);
        Assert.Contains("- 🟦 loss (workspace): 0.2 at step 4 (min 0.2, max 1)", text);
        Assert.Contains("- 🟧 loss (main): 0.24 at step 4 (min 0.24, max 1.2)", text);
    }

    [Fact]
    public void Downsamples_a_long_series_to_max_points_keeping_first_last_minimum_and_maximum()
    {
        var random = new Random(11);
        var points = Enumerable.Range(0, 100_000).Select(i => new DataPoint(i, 1 + random.NextDouble())).ToArray();
        // Side by side, so one slot holds both: LTTB alone would keep only one of them.
        points[31_415] = new DataPoint(31_415, 7.5);
        points[31_416] = new DataPoint(31_416, -2.25);
        var text = MermaidChartWriter.Write(Chart(Series("loss", SeriesRole.Head, points)), 150);

        var line = Assert.Single(Series(text, "line"));
        Assert.Equal(150, line.Length);
        Assert.Equal(7.5, line.Max());
        Assert.Equal(-2.25, line.Min());
        Assert.Equal(points[0].Y, line[0], 1e-5);
        Assert.Equal(points[^1].Y, line[^1], 1e-5);
        Assert.Contains("    x-axis \"step\" 0 --> 99999", text);
        Assert.Contains("_150 points per line, from up to 100,000 (LTTB; first, last, minimum and maximum kept)._", text);
    }

    [Fact]
    public void Puts_base_and_head_of_different_lengths_on_the_same_positions()
    {
        var head = Series("loss (workspace)", SeriesRole.Head, Enumerable.Range(0, 1_000).Select(i => new DataPoint(i, 2 - (i / 1000.0))));
        var baseSeries = Series("loss (main)", SeriesRole.Base, Enumerable.Range(0, 400).Select(i => new DataPoint(i, 3 - (i / 400.0))));

        var text = MermaidChartWriter.Write(Chart(head, baseSeries), 100);

        var lines = Series(text, "line");
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal(100, l.Length));
        Assert.Equal(3, lines[1].Max());
        Assert.Equal(2.0025, lines[1].Min(), 1e-9);
        Assert.Contains("ends at step 399, drawn flat after", text);
    }

    [Fact]
    public void Never_writes_an_exponent_mermaid_cannot_parse()
    {
        var tiny = Series("lr", SeriesRole.Head, Enumerable.Range(0, 30).Select(i => new DataPoint(i * 1e6, 1e-7 * (i + 1))));

        var text = MermaidChartWriter.Write(Chart(tiny), 150);

        Assert.DoesNotContain("E-", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("E+", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("0.0000001", text);
    }

    [Fact]
    public void Writes_bars_horizontally_with_each_side_in_its_own_colour()
    {
        var chart = new BarChartSpec("metrics", "metrics", "value", ["accuracy", "loss"],
        [
            new BarSeries("main", SeriesRole.Base, [0.91, 0.31]),
            new BarSeries("workspace", SeriesRole.Head, [0.92, null]),
        ]);

        var text = MermaidChartWriter.Write(chart, 150);

        Assert.Contains("xychart-beta horizontal\n", text);
        Assert.Contains("\"plotColorPalette\": \"#ff7f0e, #1f77b4\"", text);
        Assert.Contains("    x-axis [\"accuracy (main)\", \"accuracy (workspace)\", \"loss (main)\", \"loss (workspace)\"]", text);
        Assert.Equal([[0.91, 0, 0.31, 0], [0, 0.92, 0, 0]], Series(text, "bar"));
        Assert.Contains("🟧 main · 🟦 workspace", text);
        Assert.Contains("_Not in the files (drawn as 0): loss at workspace._", text);
    }

    [Fact]
    public void Refuses_charts_mermaid_cannot_draw()
    {
        var confusion = new ConfusionMatrixSpec("cm", "cm", "actual", "predicted", ["a"], new double[1, 1], false, 1);
        var scatter = new XyChartSpec("s", "s", PlotKind.Scatter, "x", "y", []);

        Assert.Equal(ExitCodes.Usage, Assert.Throws<CmlException>(() => MermaidChartWriter.Write(confusion, 150)).ExitCode);
        Assert.Equal(ExitCodes.Usage, Assert.Throws<CmlException>(() => MermaidChartWriter.Write(scatter, 150)).ExitCode);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(0.30000000000000004, "0.3")]
    [InlineData(-1234567.891, "-1234568")]
    [InlineData(0.000123456789, "0.000123457")]
    [InlineData(-0.0000000001, "-0.0000000001")]
    public void Formats_numbers_as_plain_decimals(double value, string expected)
    {
        Assert.Equal(expected, MermaidNumber.Format(value));
    }

    [GeneratedRegex(@"^    (line|bar) \[(.*)\]$", RegexOptions.Multiline)]
    private static partial Regex SeriesPattern();
}
