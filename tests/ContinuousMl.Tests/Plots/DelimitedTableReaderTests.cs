using ContinuousMl.Errors;
using ContinuousMl.Plots;

namespace ContinuousMl.Tests.Plots;

public class DelimitedTableReaderTests
{
    private static DelimitedTableReader Open(string text, TableFormat format = TableFormat.Csv) =>
        new(new StringReader(text), "file", format);

    [Fact]
    public void Reads_a_dvclive_metric_log()
    {
        using var reader = Open(PlotFiles.DvcLiveTsv("loss", 0.9, 0.5), TableFormat.Tsv);

        Assert.Equal(["timestamp", "step", "loss"], reader.Columns);
        Assert.Equal([["1700000000000", "0", "0.9"], ["1700000001000", "1", "0.5"]], PlotFiles.ReadAll(reader));
    }

    [Fact]
    public void Reads_quoted_csv_fields_with_commas_quotes_and_line_breaks()
    {
        using var reader = Open("name,note,value\n\"a, b\",\"said \"\"hi\"\"\",1\nplain,\"two\nlines\",2\n");

        var rows = PlotFiles.ReadAll(reader);

        Assert.Equal(["a, b", "said \"hi\"", "1"], rows[0]);
        Assert.Equal(["plain", "two\nlines", "2"], rows[1]);
    }

    [Fact]
    public void Reads_a_csv_named_file_that_is_really_tab_separated()
    {
        using var reader = Open("step\tloss\n0\t1.5\n");

        Assert.Equal(["step", "loss"], reader.Columns);
        Assert.Equal([["0", "1.5"]], PlotFiles.ReadAll(reader));
    }

    [Fact]
    public void Skips_blank_lines_and_reports_the_real_line_number()
    {
        using var reader = Open("a,b\n\n1,2\n\n3,4\n");

        Assert.True(reader.MoveNext());
        Assert.Equal("line 3", reader.Location);
        Assert.True(reader.MoveNext());
        Assert.Equal("line 5", reader.Location);
        Assert.False(reader.MoveNext());
    }

    [Fact]
    public void Reads_windows_line_endings_and_a_last_line_without_one()
    {
        using var reader = Open("step,loss\r\n0,1\r\n1,0.5");

        Assert.Equal(["step", "loss"], reader.Columns);
        Assert.Equal([["0", "1"], ["1", "0.5"]], PlotFiles.ReadAll(reader));
    }

    [Fact]
    public void Reads_lines_across_buffer_refills_and_longer_than_the_buffer()
    {
        var text = new System.Text.StringBuilder("step,note\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(i).Append(',').Append(i == 12_345 ? new string('x', 200_000) : "n").Append('\n');
        }

        using var reader = Open(text.ToString());
        var rows = PlotFiles.ReadAll(reader);

        Assert.Equal(20_000, rows.Count);
        Assert.All(rows, (row, i) => Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), row[0]));
        Assert.Equal(200_000, rows[12_345][1].Length);
    }

    [Fact]
    public void A_short_row_has_empty_fields()
    {
        using var reader = Open("a,b,c\n1\n");

        Assert.Equal([["1", "", ""]], PlotFiles.ReadAll(reader));
    }

    [Fact]
    public void An_empty_file_is_a_one_line_error_naming_it()
    {
        var error = Assert.Throws<CmlException>(() => new DelimitedTableReader(new StringReader("\n\n"), "loss.tsv", TableFormat.Tsv));

        Assert.Contains("loss.tsv is empty", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
