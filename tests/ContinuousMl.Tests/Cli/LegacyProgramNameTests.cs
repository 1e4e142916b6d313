using ContinuousMl.Ci;
using ContinuousMl.Cli.Binding;

namespace ContinuousMl.Tests.Cli;

// CML's npm package installed `cml-<command>` programs; a binary started under such a name is that command.
public class LegacyProgramNameTests
{
    [Theory]
    [InlineData("send-github-check")]
    [InlineData("publish")]
    [InlineData("rerun-workflow")]
    [InlineData("tensorboard-dev")]
    public async Task The_help_of_cml_dash_command_is_that_of_cml_command(string command)
    {
        var argv = ArgumentRewriter.FromProgramName($"/usr/local/bin/cml-{command}", ["--help"]);

        var legacy = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), argv);
        var direct = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), command, "--help");

        Assert.Equal(0, legacy.Exit);
        Assert.Matches($@"Usage:\n  \S+ {command} ", legacy.Out);
        Assert.Equal(direct.Out, legacy.Out);
    }
}
