using ContinuousMl.Ci;

namespace ContinuousMl.Tests.Cli;

public sealed class ReportCommandTests
{
    [Fact]
    public async Task Help_lists_the_report_flags_and_the_negated_defaults()
    {
        var (exit, output, _) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), "report", "--help");

        Assert.Equal(0, exit);
        var flags = CommandHelpRunner.ListedFlags(output);
        foreach (var flag in new[] { "--base", "--template", "--append", "--out", "--post", "--images", "--summary", "--strict", "--html", "--mermaid-js", "--fail-on", "--target", "--watermark-title", "--update" })
        {
            Assert.Contains(flag, flags);
        }

        Assert.Contains("[default: .cml/report]", output, StringComparison.Ordinal);
        Assert.Contains("{{verdict}}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_help_lists_report()
    {
        var (_, output, _) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), "--help");

        Assert.Contains("  report ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "report", "--mermaid-js", "https://cdn.example/mermaid.js" }, "--mermaid-js only applies to the --html preview")]
    [InlineData(new[] { "report", "--html", "r.html", "--mermaid-js", "mermaid.js" }, "--mermaid-js \"mermaid.js\" is not an absolute URL")]
    [InlineData(new[] { "report", "--precision", "x" }, "--precision 'x'")]
    [InlineData(new[] { "report", "--fail-on", "accuracy" }, "--fail-on")]
    public async Task Bad_combinations_are_usage_errors(string[] args, string message)
    {
        var (exit, _, error) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), args);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
