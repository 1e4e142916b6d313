using ContinuousMl.Errors;
using ContinuousMl.Plots;

namespace ContinuousMl.Tests.Plots;

public class ColumnSelectionTests
{
    private static ColumnSelection Resolve(string csv, string? x = null, params string[] y)
    {
        using var reader = TableReaders.Open(PlotFiles.Text("data.csv", csv));
        Assert.True(reader.MoveNext());
        return ColumnSelection.Resolve(reader, "data.csv", x, y);
    }

    [Fact]
    public void Defaults_to_step_and_the_last_numeric_column_as_dvc_does()
    {
        var selection = Resolve("timestamp,step,loss\n1700000000000,0,0.9\n");

        Assert.Equal("step", selection.X);
        Assert.Equal(["loss"], selection.Y);
    }

    [Fact]
    public void Numbers_the_rows_when_there_is_no_step_column()
    {
        var selection = Resolve("epoch_time,loss\n12.5,0.9\n");

        Assert.Null(selection.X);
        Assert.Equal("row", selection.XLabel);
        Assert.Equal(["loss"], selection.Y);
    }

    [Fact]
    public void Passes_over_a_trailing_text_column_for_the_default_y()
    {
        var selection = Resolve("step,accuracy,model\n0,0.8,resnet\n");

        Assert.Equal(["accuracy"], selection.Y);
    }

    [Fact]
    public void Takes_the_columns_asked_for()
    {
        var selection = Resolve("epoch,train,val\n0,0.9,0.95\n", "epoch", "train", "val");

        Assert.Equal("epoch", selection.X);
        Assert.Equal(["train", "val"], selection.Y);
    }

    [Fact]
    public void An_unknown_column_lists_the_columns_there_are()
    {
        var error = Assert.Throws<CmlException>(() => Resolve("step,loss\n0,1\n", null, "val_loss"));

        Assert.Equal("data.csv has no column 'val_loss' (columns: step, loss); pass -y with one of them", error.Message);
        Assert.Equal(ExitCodes.Failure, error.ExitCode);
    }

    [Fact]
    public void A_file_without_numbers_says_to_name_a_column()
    {
        var error = Assert.Throws<CmlException>(() => Resolve("name,label\na,b\n"));

        Assert.Contains("no numeric column to plot (columns: name, label)", error.Message);
    }
}
