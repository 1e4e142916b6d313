using ContinuousMl.Cli.Binding;

namespace ContinuousMl.Tests.Cli;

public class ArgumentRewriterTests
{
    [Fact]
    public void Negates_known_booleans_only()
    {
        var rewritten = ArgumentRewriter.NegateBooleans(["--no-publish", "--no-such", "--no-retry", "x"], ["publish", "no-retry"]);

        Assert.Equal(["--publish=false", "--no-such", "--no-retry", "x"], rewritten);
    }

    [Fact]
    public void Leaves_everything_after_the_separator_alone()
    {
        var rewritten = ArgumentRewriter.NegateBooleans(["--", "--no-publish"], ["publish"]);

        Assert.Equal(["--", "--no-publish"], rewritten);
    }

    [Theory]
    [InlineData("/usr/bin/cml-send-comment", new[] { "r.md" }, new[] { "send-comment", "r.md" })]
    [InlineData("/usr/bin/cml", new[] { "comment", "create" }, new[] { "comment", "create" })]
    [InlineData(null, new[] { "x" }, new[] { "x" })]
    public void Legacy_program_names_run_their_command(string? program, string[] args, string[] expected)
    {
        Assert.Equal(expected, ArgumentRewriter.FromProgramName(program, args));
    }
}
