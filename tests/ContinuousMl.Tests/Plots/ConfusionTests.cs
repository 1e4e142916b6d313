using ContinuousMl.Errors;
using ContinuousMl.Plots;

namespace ContinuousMl.Tests.Plots;

public class ConfusionTests
{
    private static ConfusionMatrixSpec Read(string name, string text, bool normalize = false, bool matrix = false) =>
        new ConfusionChartBuilder(new PlotRequest { Kind = PlotKind.Confusion, Inputs = [name], Normalize = normalize, Matrix = matrix }, null)
            .Read(PlotFiles.Text(name, text), "cm", "cm");

    [Fact]
    public void Counts_actual_and_predicted_pairs()
    {
        var chart = Read("predictions.csv", "actual,predicted\ncat,cat\ncat,dog\ndog,dog\ndog,dog\ncat,cat\ncat,cat\n");

        Assert.Equal(["cat", "dog"], chart.Classes);
        Assert.Equal(3, chart.Cells[0, 0]);
        Assert.Equal(1, chart.Cells[0, 1]);
        Assert.Equal(0, chart.Cells[1, 0]);
        Assert.Equal(2, chart.Cells[1, 1]);
        Assert.Equal(6, chart.Total);
    }

    [Fact]
    public void Reads_dvclive_confusion_json()
    {
        var chart = Read("confusion_matrix.json", """[{"actual": "1", "predicted": "0"}, {"actual": "0", "predicted": "0"}]""");

        Assert.Equal(["0", "1"], chart.Classes);
        Assert.Equal(1, chart.Cells[1, 0]);
    }

    [Fact]
    public void Orders_numeric_classes_by_value()
    {
        var counter = new ConfusionCounter();
        foreach (var label in new[] { "10", "2", "1" })
        {
            counter.Add(label, label);
        }

        Assert.Equal(["1", "2", "10"], counter.Build(normalize: false).Classes);
    }

    [Fact]
    public void Normalises_each_actual_class_to_one_and_leaves_an_empty_row_at_zero()
    {
        var counter = new ConfusionCounter();
        counter.Add("a", "a", 3);
        counter.Add("a", "b", 1);
        counter.Add("c", "b", 0);

        var (classes, cells) = counter.Build(normalize: true);

        Assert.Equal(["a", "b", "c"], classes);
        Assert.Equal(0.75, cells[0, 0]);
        Assert.Equal(0.25, cells[0, 1]);
        Assert.Equal(0, cells[1, 0] + cells[1, 1] + cells[1, 2]);
    }

    [Fact]
    public void Reads_a_count_matrix()
    {
        var chart = Read("cm.csv", "true,cat,dog\ncat,5,1\ndog,2,7\n", matrix: true);

        Assert.Equal("true", chart.ActualLabel);
        Assert.Equal(["cat", "dog"], chart.Classes);
        Assert.Equal(2, chart.Cells[1, 0]);
        Assert.Equal(15, chart.Total);
    }

    [Fact]
    public void A_missing_column_suggests_the_flags()
    {
        var error = Assert.Throws<CmlException>(() => Read("p.csv", "label,guess\na,b\n"));

        Assert.Equal("p.csv has no column 'actual' (columns: label, guess); name the column with --actual, or pass --matrix if the file is a count matrix", error.Message);
    }

    [Fact]
    public void A_negative_count_is_refused()
    {
        var error = Assert.Throws<CmlException>(() => Read("cm.csv", "actual,a,b\na,1,-2\n", matrix: true));

        Assert.Contains("cm.csv line 2, column 'b': a count cannot be negative", error.Message);
    }
}
