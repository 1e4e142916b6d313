using System.CommandLine;
using ContinuousMl.Ci;
using ContinuousMl.Cli.Binding;

namespace ContinuousMl.Tests.Cli;

public class BoundOptionsTests
{
    private static (ParseResult Result, Option<string?> Title, Option<bool> Publish, Option<bool> Native) Parse(DictionaryEnvironment environment, params string[] args)
    {
        var bind = new BoundOptions("COMMENT", environment);
        var title = bind.Text("--watermark-title", "title", defaultValue: string.Empty);
        var publish = bind.Flag("--publish", "publish", defaultValue: true);
        var native = bind.Flag("--publish-native", "native", aliases: "--native");
        var command = new RootCommand { title, publish, native };
        return (command.Parse(ArgumentRewriter.NegateBooleans(args, bind.BooleanFlags)), title, publish, native);
    }

    [Fact]
    public void Flag_beats_environment_beats_default()
    {
        var environment = new DictionaryEnvironment { ["CML_COMMENT_WATERMARK_TITLE"] = "from-env" };

        var fromFlag = Parse(environment, "--watermark-title", "from-flag");
        var fromEnvironment = Parse(environment);
        var fromDefault = Parse(new DictionaryEnvironment());

        Assert.Equal("from-flag", fromFlag.Result.GetValue(fromFlag.Title));
        Assert.Equal("from-env", fromEnvironment.Result.GetValue(fromEnvironment.Title));
        Assert.Equal(string.Empty, fromDefault.Result.GetValue(fromDefault.Title));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", false)]
    [InlineData("TRUE", false)]
    public void Environment_booleans_are_true_only_for_the_string_true(string value, bool expected)
    {
        var parsed = Parse(new DictionaryEnvironment { ["CML_COMMENT_NATIVE"] = value });

        Assert.Equal(expected, parsed.Result.GetValue(parsed.Native));
    }

    [Theory]
    [InlineData(new string[0], true)]
    [InlineData(new[] { "--no-publish" }, false)]
    [InlineData(new[] { "--publish=false" }, false)]
    [InlineData(new[] { "--publish", "false" }, false)]
    [InlineData(new[] { "--publish" }, true)]
    public void Booleans_accept_every_spelling(string[] args, bool expected)
    {
        var parsed = Parse(new DictionaryEnvironment(), args);

        Assert.Empty(parsed.Result.Errors);
        Assert.Equal(expected, parsed.Result.GetValue(parsed.Publish));
    }

    [Fact]
    public void Unknown_variables_under_the_prefix_are_reported_not_fatal()
    {
        var environment = new DictionaryEnvironment
        {
            ["CML_COMMENT_FOO_BAR"] = "1",
            ["CML_COMMENT_NATIVE"] = "true",
            ["CML_COMMENT_PUBLISH_NATIVE"] = "true",
            ["CML_RUNNER_LABELS"] = "x",
        };
        var bind = new BoundOptions("COMMENT", environment);
        bind.Flag("--publish-native", "native", aliases: "--native");

        Assert.Equal(["CML_COMMENT_FOO_BAR"], bind.UnknownVariables());
    }
}
