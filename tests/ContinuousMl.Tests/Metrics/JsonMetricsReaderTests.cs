using System.Text;
using ContinuousMl.Errors;
using ContinuousMl.Metrics;

namespace ContinuousMl.Tests.Metrics;

public sealed class JsonMetricsReaderTests
{
    private static Dictionary<string, MetricValue> Read(string json) => JsonMetricsReader.Read(Encoding.UTF8.GetBytes(json), "metrics.json at main");

    [Fact]
    public void Nested_objects_flatten_to_dotted_names_and_list_items_to_indexes()
    {
        var values = Read("""
            {"train": {"loss": 0.25, "acc": {"top1": 0.9}},
             "report": [{"f1-score": 0.8, "support": 10}, {"f1-score": 0.7}],
             "matrix": [[1, 2], [3, 4]]}
            """);

        Assert.Equal(
            ["matrix.0.0", "matrix.0.1", "matrix.1.0", "matrix.1.1", "report.0.f1-score", "report.0.support", "report.1.f1-score", "train.acc.top1", "train.loss"],
            values.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("0.8", values["report.0.f1-score"].Text);
        Assert.Equal("4", values["matrix.1.1"].Text);
    }

    [Fact]
    public void Numbers_keep_the_text_written()
    {
        var values = Read("""{"a": 0.92400, "b": 1E-7, "c": 12345678901234567890123}""");

        Assert.Equal("0.92400", values["a"].Text);
        Assert.Equal("1E-7", values["b"].Text);
        Assert.Equal(12345678901234567890123m, values["c"].Exact);
    }

    [Fact]
    public void Booleans_nulls_strings_and_unicode_keys_are_kept()
    {
        var values = Read("""{"converged": true, "early": false, "note": null, "optimizer": "adam", "précision": 0.5, "精度": 1}""");

        Assert.Same(MetricValue.True, values["converged"]);
        Assert.Same(MetricValue.False, values["early"]);
        Assert.Equal(MetricValueKind.Null, values["note"].Kind);
        Assert.Equal(MetricValueKind.Text, values["optimizer"].Kind);
        Assert.Equal("adam", values["optimizer"].Text);
        Assert.Equal("0.5", values["précision"].Text);
        Assert.Equal("1", values["精度"].Text);
    }

    [Fact]
    public void Python_NaN_and_Infinity_are_read_as_numbers_but_strings_stay_strings()
    {
        var values = Read("""{"a": NaN, "b": Infinity, "c": -Infinity, "d": "NaN", "e": [NaN, 1]}""");

        Assert.True(values["a"].IsNaN);
        Assert.Equal(double.PositiveInfinity, values["b"].Approximate);
        Assert.Equal(double.NegativeInfinity, values["c"].Approximate);
        Assert.Equal(MetricValueKind.Text, values["d"].Kind);
        Assert.True(values["e.0"].IsNaN);
        Assert.Equal("1", values["e.1"].Text);
    }

    [Fact]
    public void A_byte_order_mark_comments_and_trailing_commas_are_tolerated()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"a\": 1, // note\n}")).ToArray();

        var values = JsonMetricsReader.Read(bytes, "m.json");

        Assert.Equal("1", values["a"].Text);
    }

    [Fact]
    public void Malformed_json_names_file_revision_line_and_column_on_one_line()
    {
        var error = Assert.Throws<MetricsFileException>(() => Read("{\n  \"a\": 1,\n  \"b\": }\n"));

        Assert.Equal(ExitCodes.Failure, error.ExitCode);
        Assert.StartsWith("metrics.json at main: invalid JSON at line 3, column 8", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_file_with_NaN_still_reports_the_real_error()
    {
        var columnKnown = Assert.Throws<MetricsFileException>(() => Read("{\"a\": NaN,\n \"b\": [1 2]}"));
        var columnShifted = Assert.Throws<MetricsFileException>(() => Read("{\"a\": 1,\n \"b\": [NaN 2]}"));

        Assert.StartsWith("metrics.json at main: invalid JSON at line 2, column 10:", columnKnown.Message, StringComparison.Ordinal);
        Assert.StartsWith("metrics.json at main: invalid JSON at line 2:", columnShifted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_top_level_list_flattens_by_index()
    {
        var values = Read("[0.5, {\"x\": 2}]");

        Assert.Equal("0.5", values["0"].Text);
        Assert.Equal("2", values["1.x"].Text);
    }
}
