using ContinuousMl.Plots;

namespace ContinuousMl.Tests.Plots;

// ROC and precision-recall curves read DVCLive's sklearn files with DVC's column defaults.
public class CurveChartTests
{
    private static XyChartSpec Build(PlotKind kind, string name, string json) =>
        new XyChartBuilder(new PlotRequest { Kind = kind, Inputs = [name] }, null, 64)
            .Build([new PlotInput("roc", name, PlotFiles.Text(name, json), null)], "roc");

    [Fact]
    public void A_roc_curve_plots_tpr_against_fpr_with_its_area()
    {
        var chart = Build(PlotKind.Roc, "roc.json", """
            {"roc": [{"fpr": 0, "tpr": 0, "threshold": Infinity}, {"fpr": 0, "tpr": 0.5, "threshold": 0.8},
                     {"fpr": 0.5, "tpr": 1, "threshold": 0.3}, {"fpr": 1, "tpr": 1, "threshold": 0.1}]}
            """);

        Assert.Equal("fpr", chart.XLabel);
        Assert.Equal("tpr", chart.YLabel);
        Assert.True(chart.IsUnitSquare);
        var series = Assert.Single(chart.Series);
        Assert.Equal(4, series.Summary.Count);
        Assert.Equal("tpr, AUC 0.875", series.Label);
    }

    [Fact]
    public void A_precision_recall_curve_plots_precision_against_recall()
    {
        var chart = Build(PlotKind.PrecisionRecall, "precision_recall.json", """
            {"precision_recall": [{"precision": 0.5, "recall": 1, "threshold": 0.1}, {"precision": 1, "recall": 0, "threshold": 0.9}]}
            """);

        Assert.Equal("recall", chart.XLabel);
        Assert.Equal("precision", chart.YLabel);
        Assert.Equal("precision, AUC 0.75", chart.Series[0].Label);
    }

    [Fact]
    public void The_area_under_a_curve_is_trapezoidal_over_sorted_x()
    {
        DataPoint[] points = [new(1, 1), new(0, 0), new(0.5, 1)];

        Assert.Equal(0.75, AreaUnderCurve.Of(points), 12);
    }
}
