using ContinuousMl.Ci;

namespace ContinuousMl.Tests.Cli;

public class TensorboardConnectCommandTests
{
    [Theory]
    [InlineData("tensorboard", "connect")]
    [InlineData("tensorboard-dev")]
    public async Task Help_lists_CMLs_visible_flags_and_hides_the_forge_ones(params string[] command)
    {
        var (exit, output, _) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), [.. command, "--help"]);

        Assert.Equal(0, exit);
        Assert.Equal(
            ["-c", "--credentials", "--logdir", "--name", "--description", "-t", "--title", "--md", "--log", "-?", "-h", "--help"],
            CommandHelpRunner.ListedFlags(output));
        Assert.Contains("~/.config/tensorboard/credentials/uploader-creds.json", output);
        Assert.Contains("https://cml.dev/doc/ref/tensorboard", output);
    }

    [Fact]
    public async Task It_fails_with_CMLs_message()
    {
        var (exit, output, error) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), "tensorboard", "connect", "-c", "{}", "--driver", "gitlab", "--token", "x");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("cml: TensorBoard.dev has been shut down as of January 1, 2024", error.Trim().Split('\n')[^1]);
    }

    [Fact]
    public async Task The_legacy_name_warns_with_CMLs_notice_first()
    {
        var (exit, _, error) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), "tensorboard-dev", "--credentials", "{}");

        Assert.Equal(1, exit);
        var lines = error.Trim().Split('\n');
        Assert.Equal("""{"level":"warn","message":"\"cml tensorboard-dev\" is deprecated, please use \"cml tensorboard connect\""}""", lines[0]);
        Assert.Equal("cml: TensorBoard.dev has been shut down as of January 1, 2024", lines[^1]);
    }

    [Fact]
    public async Task Missing_credentials_is_a_usage_error()
    {
        var (exit, _, error) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), "tensorboard", "connect");

        Assert.Equal(2, exit);
        Assert.Equal("cml: Missing required argument: credentials (pass --credentials or set CML_TENSORBOARD_CREDENTIALS)", error.Trim());
    }
}
