using ContinuousMl.Errors;
using ContinuousMl.Plots;

namespace ContinuousMl.Tests.Plots;

public class BarChartTests
{
    private static readonly BaseSide Main = new("main", new string('a', 40));

    private static BarChartSpec Build(PlotInput[] inputs, BaseSide? baseSide, params string[] y) =>
        new BarChartBuilder(new PlotRequest { Kind = PlotKind.Bar, Inputs = ["x"], Y = y }, baseSide).Build(inputs, "metrics");

    [Fact]
    public void Compares_the_metrics_of_a_json_file_with_the_base()
    {
        var input = new PlotInput(
            "metrics",
            "metrics.json",
            PlotFiles.Text("metrics.json", """{"accuracy": 0.92, "per_class": {"cat": {"recall": 0.88}}, "step": 20}"""),
            PlotFiles.Text("metrics.json at main", """{"accuracy": 0.91, "step": 10}""", "metrics.json"));

        var chart = Build([input], Main);

        Assert.Equal(["accuracy", "per_class.cat.recall"], chart.Categories);
        Assert.Equal("main", chart.Series[0].Label);
        Assert.Equal([0.91, null], chart.Series[0].Values);
        Assert.Equal("workspace", chart.Series[1].Label);
        Assert.Equal([0.92, 0.88], chart.Series[1].Values);
    }

    [Fact]
    public void Takes_a_tables_last_value_per_file_named_after_the_file()
    {
        PlotInput[] inputs =
        [
            new("train/loss", "m/train/loss.tsv", PlotFiles.Text("m/train/loss.tsv", PlotFiles.DvcLiveTsv("loss", 0.9, 0.4)), null),
            new("eval/loss", "m/eval/loss.tsv", PlotFiles.Text("m/eval/loss.tsv", PlotFiles.DvcLiveTsv("loss", 1.0, 0.6)), null),
        ];

        var chart = Build(inputs, null);

        Assert.Equal(["train/loss", "eval/loss"], chart.Categories);
        Assert.Equal([0.4, 0.6], Assert.Single(chart.Series).Values);
    }

    [Fact]
    public void A_requested_metric_the_head_lacks_is_an_error_listing_the_metrics()
    {
        var input = new PlotInput("metrics", "metrics.json", PlotFiles.Text("metrics.json", """{"accuracy": 0.92}"""), null);

        var error = Assert.Throws<CmlException>(() => Build([input], null, "f1"));

        Assert.Equal("metrics.json has no metric 'f1' (metrics: accuracy); pass -y with one of them", error.Message);
    }
}
