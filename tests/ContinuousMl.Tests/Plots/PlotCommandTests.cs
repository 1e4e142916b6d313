using ContinuousMl.Ci;
using ContinuousMl.Cli;
using ContinuousMl.Cli.Hosting;

namespace ContinuousMl.Tests.Plots;

// Parsing only: runs that read files are end-to-end tests of the real `cml` (ContinuousMl.EndToEnd/Plots).
public class PlotCommandTests
{
    private static async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CmlApplication.RunAsync(args, new DictionaryEnvironment(), new CmlConsole(output, error, ErrorIsRedirected: true), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Help_lists_every_kind_of_chart()
    {
        var (exit, output, _) = await Run("plot", "--help");

        Assert.Equal(0, exit);
        foreach (var kind in new[] { "line", "scatter", "bar", "confusion", "roc", "pr-curve" })
        {
            Assert.Contains($"  {kind} ", output);
        }
    }

    [Fact]
    public async Task A_size_that_is_not_a_number_is_a_usage_error()
    {
        var (exit, output, error) = await Run("plot", "line", "loss.tsv", "--width", "wide");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("cml: --width 'wide' is not a whole number\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_format_outside_the_choices_is_a_usage_error()
    {
        var (exit, _, error) = await Run("plot", "line", "loss.tsv", "--format", "jpeg");

        Assert.Equal(2, exit);
        Assert.Contains("jpeg", error);
    }

    [Fact]
    public async Task Confusion_has_no_x_and_y_flags()
    {
        var (exit, _, error) = await Run("plot", "confusion", "predictions.csv", "-x", "step");

        Assert.Equal(2, exit);
        Assert.Contains("-x", error);
    }
}
