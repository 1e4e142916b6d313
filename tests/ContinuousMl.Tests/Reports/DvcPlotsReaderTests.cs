using ContinuousMl.Plots;
using ContinuousMl.Reports;

namespace ContinuousMl.Tests.Reports;

public sealed class DvcPlotsReaderTests
{
    [Fact]
    public void Reads_the_forms_DVCLive_and_DVC_write()
    {
        const string yaml = """
            plots:
              - dvclive/plots/metrics:
                  x: step
              - dvclive/plots/sklearn/confusion_matrix.json:
                  template: confusion
                  x: actual
                  y: predicted
              - roc.json
              - Precision-Recall:
                  template: simple
                  x: recall
                  y:
                    eval/train.json: precision
                    eval/test.json: precision
              - ${item}.csv
            stages:
              train:
                wdir: src
                plots:
                  - loss.tsv:
                      cache: false
                      y: [loss, val_loss]
                      title: losses
                  - scatter.csv:
                      template: scatter
            """;

        var plots = DvcPlotsReader.Read(new StringReader(yaml), "dvc.yaml");

        Assert.Equal(6, plots.Count);
        Assert.Equal((PlotKind.Line, "step"), (plots[0].Kind, plots[0].X));
        Assert.Equal(["dvclive/plots/metrics"], plots[0].Inputs);
        Assert.Equal(PlotKind.Confusion, plots[1].Kind);
        Assert.Equal(("actual", "predicted"), (plots[1].Actual, plots[1].Predicted));
        Assert.Equal(["roc.json"], plots[2].Inputs);
        Assert.Equal(["eval/train.json", "eval/test.json"], plots[3].Inputs);
        Assert.Equal(["precision"], plots[3].Y);
        Assert.Equal(("recall", "Precision-Recall", true), (plots[3].X, plots[3].Title, plots[3].Overlay));
        Assert.Equal(["src/loss.tsv"], plots[4].Inputs);
        Assert.Equal(["loss", "val_loss"], plots[4].Y);
        Assert.Equal("losses", plots[4].Title);
        Assert.Equal((PlotKind.Scatter, "src/scatter.csv"), (plots[5].Kind, plots[5].Inputs[0]));
    }

    [Fact]
    public void Files_reading_different_columns_are_drawn_apart()
    {
        const string yaml = """
            plots:
              - compare:
                  y:
                    a.csv: loss
                    b.csv: error
                    c.csv: loss
            """;

        var plots = DvcPlotsReader.Read(new StringReader(yaml), "dvc.yaml");

        Assert.Equal(2, plots.Count);
        Assert.Equal(["a.csv", "c.csv"], plots[0].Inputs);
        Assert.Equal(["b.csv"], plots[1].Inputs);
        Assert.Equal(["error"], plots[1].Y);
    }

    [Fact]
    public void Normalised_confusion_and_no_plots_at_all()
    {
        var normalised = DvcPlotsReader.Read(new StringReader("plots:\n  - cm.csv:\n      template: confusion_normalized\n"), "dvc.yaml");

        Assert.True(Assert.Single(normalised).Normalize);
        Assert.Empty(DvcPlotsReader.Read(new StringReader("stages:\n  train:\n    cmd: python train.py\n"), "dvc.yaml"));
        Assert.Empty(DvcPlotsReader.Read(new StringReader(string.Empty), "dvc.yaml"));
    }
}
