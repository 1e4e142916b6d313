using ContinuousMl.Ci;
using ContinuousMl.Cli;
using ContinuousMl.Cli.Hosting;

namespace ContinuousMl.Tests.Cli;

// Parsing, help and usage errors only: runs that read a repository are in ContinuousMl.EndToEnd/Metrics.
public sealed class MetricsDiffCommandTests
{
    private static async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CmlApplication.RunAsync(args, new DictionaryEnvironment(), new CmlConsole(output, error, ErrorIsRedirected: true), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Metrics_diff_help_lists_its_flags()
    {
        var (exit, output, _) = await Run("metrics", "diff", "--help");

        Assert.Equal(0, exit);
        foreach (var flag in new[] { "--base", "--head", "--md", "--json", "--all", "--no-path", "--precision", "--row", "--higher-better", "--lower-better", "--fail-on", "--log" })
        {
            Assert.Contains(flag, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Params_diff_has_no_gates_or_directions()
    {
        var (exit, output, _) = await Run("params", "diff", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--base", output, StringComparison.Ordinal);
        Assert.DoesNotContain("--fail-on", output, StringComparison.Ordinal);
        Assert.DoesNotContain("--higher-better", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Arguments md and json are mutually exclusive", "metrics", "diff", "--md", "--json")]
    [InlineData("--precision 'x'", "metrics", "diff", "--precision", "x")]
    [InlineData("--precision '-1'", "metrics", "diff", "--precision=-1")]
    [InlineData("--fail-on 'accuracy'", "metrics", "diff", "--fail-on", "accuracy")]
    [InlineData("Unrecognized option '--fail-on'", "params", "diff", "--fail-on", "a<1")]
    public async Task Bad_flags_are_usage_errors_on_one_line(string message, params string[] args)
    {
        var (exit, output, error) = await Run(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_help_lists_the_metrics_and_params_groups()
    {
        var (_, output, _) = await Run("--help");

        Assert.Contains("metrics", output, StringComparison.Ordinal);
        Assert.Contains("params", output, StringComparison.Ordinal);
    }
}
