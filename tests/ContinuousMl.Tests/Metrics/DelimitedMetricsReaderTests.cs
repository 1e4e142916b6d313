using System.Text;
using ContinuousMl.Metrics;

namespace ContinuousMl.Tests.Metrics;

public sealed class DelimitedMetricsReaderTests
{
    private static Dictionary<string, MetricValue> Csv(string text, string? row = null) =>
        DelimitedMetricsReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), ',', row, "log.csv at main");

    [Fact]
    public void The_last_row_is_read_by_header_name()
    {
        var values = Csv("epoch,loss,acc\n1,0.9,0.5\n2,0.5,0.7\n3,0.25,0.875\n\n");

        Assert.Equal("3", values["epoch"].Text);
        Assert.Equal("0.25", values["loss"].Text);
        Assert.Equal("0.875", values["acc"].Text);
    }

    [Fact]
    public void A_named_row_is_the_last_row_whose_first_column_matches()
    {
        var values = Csv("class,precision,recall\ncat,0.9,0.8\nmacro avg,0.85,0.75\ndog,0.8,0.7\n", row: "macro avg");

        Assert.Equal("0.85", values["precision"].Text);
        Assert.Equal("macro avg", values["class"].Text);
    }

    [Fact]
    public void A_named_row_that_is_absent_says_so()
    {
        var error = Assert.Throws<MetricsFileException>(() => Csv("class,f1\ncat,0.9\n", row: "dog"));

        Assert.Contains("log.csv at main", error.Message, StringComparison.Ordinal);
        Assert.Contains("'dog'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_fields_hold_delimiters_quotes_and_newlines_and_crlf_is_accepted()
    {
        var values = Csv("name,\"a,b\",note\r\n1,2,\"said \"\"hi\"\"\nthen left\"\r\n");

        Assert.Equal("2", values["a,b"].Text);
        Assert.Equal("said \"hi\"\nthen left", values["note"].Text);
    }

    [Fact]
    public void Tsv_cells_are_typed_and_empty_cells_are_empty_text()
    {
        var values = DelimitedMetricsReader.Read(new MemoryStream("step\tloss\tdone\tnote\n0\tnan\tTrue\t\n"u8.ToArray()), '\t', null, "loss.tsv");

        Assert.True(values["loss"].IsNaN);
        Assert.Same(MetricValue.True, values["done"]);
        Assert.Equal(string.Empty, values["note"].Text);
        Assert.Equal(MetricValueKind.Text, values["note"].Kind);
    }

    [Fact]
    public void A_header_without_rows_has_no_values()
    {
        Assert.Empty(Csv("a,b\n"));
        Assert.Empty(Csv(string.Empty));
    }

    [Fact]
    public void A_row_wider_than_the_header_is_an_error_naming_its_line()
    {
        var error = Assert.Throws<MetricsFileException>(() => Csv("a,b\n1,2\n3,4,5\n"));

        Assert.Contains("line 3 has 3 fields but the header has 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_names_where_it_opened()
    {
        var error = Assert.Throws<MetricsFileException>(() => Csv("a,b\n1,\"oops\n2,3\n"));

        Assert.StartsWith("log.csv at main: invalid CSV at line 2, column 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_log_is_read_from_its_tail_not_scanned()
    {
        var (content, lastStep) = TrainingLog(rows: 200_000);
        using var stream = new CountingStream(content);

        var values = DelimitedMetricsReader.Read(stream, ',', null, "log.csv");

        Assert.True(content.Length > 4_000_000);
        Assert.Equal(lastStep.ToString(System.Globalization.CultureInfo.InvariantCulture), values["step"].Text);
        Assert.Equal("0.5", values["loss"].Text);
        Assert.True(stream.BytesRead < 200_000, $"read {stream.BytesRead} of {content.Length} bytes");
    }

    [Fact]
    public void A_large_log_whose_last_record_spans_lines_is_still_read_correctly()
    {
        var (content, _) = TrainingLog(rows: 20_000);
        var withQuotedTail = content.Concat("99999,0.125,\"multi\nline\"\n"u8.ToArray()).ToArray();

        var values = DelimitedMetricsReader.Read(new CountingStream(withQuotedTail), ',', null, "log.csv");

        Assert.Equal("99999", values["step"].Text);
        Assert.Equal("multi\nline", values["note"].Text);
    }

    private static (byte[] Content, int LastStep) TrainingLog(int rows)
    {
        var text = new StringBuilder("step,loss,note\n");
        for (var step = 0; step < rows; step++)
        {
            text.Append(step).Append(',').Append(step == rows - 1 ? "0.5" : "0.123456789").Append(",plain\n");
        }

        return (Encoding.UTF8.GetBytes(text.ToString()), rows - 1);
    }
}
