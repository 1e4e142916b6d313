using ContinuousMl.Ci;

namespace ContinuousMl.Tests.Cli;

public class AssetPublishCommandTests
{
    [Theory]
    [InlineData("asset", "publish")]
    [InlineData("publish")]
    public async Task Help_lists_CMLs_visible_flags_and_hides_its_hidden_ones(params string[] command)
    {
        var (exit, output, _) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), [.. command, "--help"]);

        Assert.Equal(0, exit);
        Assert.Equal(
            ["--md", "-t", "--title", "--native", "--mime-type", "--log", "--driver", "--repo", "--driver-token", "--token", "-?", "-h", "--help"],
            CommandHelpRunner.ListedFlags(output));
        Assert.Contains("<asset>", output);
        Assert.Contains("Specifies the repo to be used. If not specified is extracted from the CI ENV.", output);
        Assert.Contains("https://cml.dev/doc/usage#cml-reports", output);
    }

    [Fact]
    public async Task The_asset_group_prints_its_help_though_hidden_from_the_root()
    {
        var (exit, output, _) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), "asset", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("publish <asset>", output);
    }

    [Theory]
    [InlineData("--gitlab-uploads")]
    [InlineData("--rm-watermark")]
    [InlineData("--url=http://127.0.0.1:9/upload")]
    [InlineData("--file=out.md")]
    [InlineData("-f=out.md")]
    public async Task Hidden_flags_are_accepted(string flag)
    {
        // A usage error would come from parsing; this one comes later, from the missing file.
        var (exit, _, error) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), "asset", "publish", "does-not-exist.png", flag, "--mime-type", "nonsense");

        Assert.Equal(2, exit);
        Assert.Equal("cml: --mime-type \"nonsense\" is not a media type such as image/png or application/json", error.Trim());
    }

    [Theory]
    [InlineData("image")]
    [InlineData("image/")]
    [InlineData("/png")]
    [InlineData("image png")]
    public async Task A_malformed_mime_type_is_a_usage_error(string type)
    {
        var (exit, _, error) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), "asset", "publish", "a.png", "--mime-type", type);

        Assert.Equal(2, exit);
        Assert.StartsWith($"cml: --mime-type \"{type}\" is not a media type", error.Trim());
    }
}
