using ContinuousMl.Ci;
using ContinuousMl.Cli.Binding;

namespace ContinuousMl.Tests.Cli;

public class CmlEnvironmentTests
{
    [Fact]
    public void Global_variables_fan_out_to_every_command()
    {
        var expanded = CmlEnvironment.Expand(new DictionaryEnvironment { ["CML_TOKEN"] = "t", ["CML_REPO"] = "https://github.com/o/r" });

        Assert.Equal("t", expanded.Get("CML_COMMENT_TOKEN"));
        Assert.Equal("t", expanded.Get("CML_RUNNER_TOKEN"));
        Assert.Equal("https://github.com/o/r", expanded.Get("CML_COMMENT_REPO"));
        Assert.Null(expanded.Get("CML_COMMENT_DRIVER"));
    }

    [Theory]
    [InlineData("CML_METRICS_LOG")]
    [InlineData("CML_PARAMS_LOG")]
    [InlineData("CML_PLOT_LOG")]
    public void Global_variables_reach_our_own_commands_too(string variable)
    {
        var expanded = CmlEnvironment.Expand(new DictionaryEnvironment { ["CML_LOG"] = "debug" });

        Assert.Equal("debug", expanded.Get(variable));
    }

    [Fact]
    public void Legacy_prefixes_are_copied_to_the_current_ones()
    {
        var expanded = CmlEnvironment.Expand(new DictionaryEnvironment { ["CML_SEND_COMMENT_TARGET"] = "pr", ["CML_CI_FETCH_DEPTH"] = "0" });

        Assert.Equal("pr", expanded.Get("CML_COMMENT_TARGET"));
        Assert.Equal("0", expanded.Get("CML_REPO_FETCH_DEPTH"));
        Assert.Null(expanded.Get("CML_SEND_COMMENT_TARGET"));
    }

    [Fact]
    public void Legacy_tensorboard_variables_are_not_unknown_tensorboard_options()
    {
        var expanded = CmlEnvironment.Expand(new DictionaryEnvironment { ["CML_TENSORBOARD_DEV_CREDENTIALS"] = "c" });

        Assert.Equal("c", expanded.Get("CML_TENSORBOARD_CREDENTIALS"));
        Assert.DoesNotContain(expanded.All().Keys, name => name.StartsWith("CML_TENSORBOARD_DEV_", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("COMMENT", "--watermark-title", "CML_COMMENT_WATERMARK_TITLE")]
    [InlineData("RUNNER", "idle-timeout", "CML_RUNNER_IDLE_TIMEOUT")]
    public void Variable_names_are_upper_snake_case(string prefix, string option, string expected)
    {
        Assert.Equal(expected, CmlEnvironment.VariableName(prefix, option));
    }
}
