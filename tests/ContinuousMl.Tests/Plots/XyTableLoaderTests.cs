using ContinuousMl.Errors;
using ContinuousMl.Plots;

namespace ContinuousMl.Tests.Plots;

public class XyTableLoaderTests
{
    private static LoadedTable Load(TableSource source, string? x = null, params string[] y) =>
        XyTableLoader.Load(source, x, y, null, buckets: 64, smoothWindow: 1);

    [Fact]
    public void Reads_every_y_column_as_a_series_against_x()
    {
        var table = Load(PlotFiles.Text("log.csv", "step,train,val\n0,1.0,1.2\n5,0.5,0.7\n10,0.25,0.6\n"), null, "train", "val");

        var train = table.Series[0].Complete("train", "train", SeriesRole.Head)!;
        var val = table.Series[1].Complete("val", "val", SeriesRole.Head)!;
        Assert.Equal([new DataPoint(0, 1.0), new DataPoint(5, 0.5), new DataPoint(10, 0.25)], train.Points);
        Assert.Equal(new DataPoint(10, 0.6), val.Summary.Last);
        Assert.Equal(new DataPoint(10, 0.25), train.Summary.Min);
        Assert.Equal(3, train.Summary.Count);
    }

    [Fact]
    public void Skips_missing_values_without_an_error()
    {
        var table = Load(PlotFiles.Text("log.csv", "step,loss\n0,1\n1,\n2,nan\n3,0.5\n,0.1\n"));

        var series = table.Series[0].Complete("loss", "loss", SeriesRole.Head)!;
        Assert.Equal([new DataPoint(0, 1), new DataPoint(3, 0.5)], series.Points);
    }

    [Fact]
    public void A_value_that_is_not_a_number_names_the_file_line_and_column()
    {
        var error = Assert.Throws<CmlException>(() => Load(PlotFiles.Text("loss.tsv", "step\tloss\n0\t1\n1\toops\n")));

        Assert.Equal("loss.tsv line 3, column 'loss': 'oops' is not a number; fix the file or plot another column with -x/-y", error.Message);
    }

    [Fact]
    public void A_header_without_rows_is_an_error()
    {
        var error = Assert.Throws<CmlException>(() => Load(PlotFiles.Text("loss.tsv", "step\tloss\n")));

        Assert.Equal("loss.tsv has a header but no data rows", error.Message);
    }

    [Fact]
    public void A_base_file_without_the_heads_column_is_a_mismatch()
    {
        var head = Load(PlotFiles.Text("loss.tsv", "step\tloss\n0\t1\n"));

        var error = Assert.Throws<CmlException>(() => XyTableLoader.Load(
            PlotFiles.Text("loss.tsv at main", "step\tvalue\n0\t1\n", "loss.tsv"), null, [], (head.Columns, "loss.tsv"), 64, 1));

        Assert.StartsWith("loss.tsv at main has no column 'loss' that loss.tsv has (columns: step, value)", error.Message);
    }

    [Fact]
    public void Smoothing_keeps_the_raw_series_for_drawing_faintly()
    {
        var table = XyTableLoader.Load(PlotFiles.Text("log.csv", "step,loss\n0,0\n1,3\n2,0\n3,3\n4,0\n"), null, [], null, 64, 3);

        var series = table.Series[0].Complete("loss", "loss", SeriesRole.Head)!;
        Assert.Equal([1.5, 1, 2, 1, 1.5], series.Points.Select(p => p.Y));
        Assert.Equal([0, 3, 0, 3, 0], series.Unsmoothed!.Select(p => p.Y));
    }
}
