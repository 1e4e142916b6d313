using ContinuousMl.Errors;
using ContinuousMl.Plots;

namespace ContinuousMl.Tests.Plots;

public class JsonTableReaderTests
{
    private static JsonTableReader Open(string json) => new(new StringReader(json), "plot.json");

    [Fact]
    public void Reads_an_array_of_objects_with_every_key_as_a_column()
    {
        using var reader = Open("""[{"actual": "cat", "predicted": "dog"}, {"actual": 1, "predicted": 2, "weight": 0.5}]""");

        Assert.Equal(["actual", "predicted", "weight"], reader.Columns);
        Assert.Equal([["cat", "dog", ""], ["1", "2", "0.5"]], PlotFiles.ReadAll(reader));
    }

    [Fact]
    public void Reads_dvclive_named_rows_with_python_infinity_as_missing()
    {
        // scikit-learn's roc_curve starts with an infinite threshold, which Python's json writes bare.
        using var reader = Open("""{"roc": [{"fpr": 0.0, "tpr": 0.0, "threshold": Infinity}, {"fpr": 0.5, "tpr": 0.75, "threshold": 0.4}]}""");

        Assert.Equal(["fpr", "tpr", "threshold"], reader.Columns);
        Assert.True(reader.MoveNext());
        Assert.True(CellValue.TryParse(reader.Field(2), out var threshold));
        Assert.True(double.IsNaN(threshold));
        Assert.True(reader.MoveNext());
        Assert.True(CellValue.TryParse(reader.Field(1), out var tpr));
        Assert.Equal(0.75, tpr);
        Assert.Equal("row 2", reader.Location);
    }

    [Fact]
    public void A_metrics_object_is_not_a_table()
    {
        var error = Assert.Throws<CmlException>(() => Open("""{"accuracy": 0.9, "loss": 0.3}"""));

        Assert.Contains("plot.json holds no rows", error.Message);
    }

    [Fact]
    public void Broken_json_is_a_one_line_error()
    {
        var error = Assert.Throws<CmlException>(() => Open("""[{"a": 1,"""));

        Assert.StartsWith("plot.json is not valid JSON", error.Message);
    }

    [Fact]
    public void A_row_that_is_not_an_object_is_named()
    {
        var error = Assert.Throws<CmlException>(() => Open("""[{"a": 1}, 2]"""));

        Assert.Contains("row 2 is number", error.Message);
    }
}
