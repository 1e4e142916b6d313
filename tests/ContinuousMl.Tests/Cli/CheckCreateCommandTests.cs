using ContinuousMl.Ci;

namespace ContinuousMl.Tests.Cli;

public class CheckCreateCommandTests
{
    [Theory]
    [InlineData("check", "create")]
    [InlineData("send-github-check")]
    public async Task Help_lists_every_CML_flag(params string[] command)
    {
        var (exit, output, _) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), [.. command, "--help"]);

        Assert.Equal(0, exit);
        Assert.Equal(
            ["--commit-sha", "--head-sha", "--conclusion", "--status", "--title", "--conclusion-from-gates", "--log", "--driver", "--repo", "--driver-token", "--token", "-?", "-h", "--help"],
            CommandHelpRunner.ListedFlags(output));
        Assert.Contains("--conclusion <success|failure|neutral|cancelled|skipped|timed_out>", output);
        Assert.Contains("--status <queued|in_progress|completed>", output);
        Assert.Contains("[default: CML Report]", output);
        Assert.Contains("GITHUB_TOKEN or Github App token. Personal access token won't work", output);
        Assert.Contains("https://cml.dev/doc/ref/check", output);
    }

    [Fact]
    public async Task Root_help_lists_check_and_workflow_but_not_the_hidden_or_legacy_commands()
    {
        var (exit, output, _) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), "--help");

        Assert.Equal(0, exit);
        Assert.Contains("  check ", output);
        Assert.Contains("  workflow ", output);
        foreach (var hidden in new[] { "asset", "tensorboard", "send-github-check", "publish", "rerun-workflow", "tensorboard-dev" })
        {
            Assert.DoesNotContain($"  {hidden} ", output);
        }
    }

    [Theory]
    [InlineData("CML_CHECK_CONCLUSION", "bogus", "cml: --conclusion \"bogus\" is not one of success, failure, neutral, cancelled, skipped, timed_out")]
    [InlineData("CML_CHECK_STATUS", "done", "cml: --status \"done\" is not one of queued, in_progress, completed")]
    [InlineData("CML_SEND_GITHUB_CHECK_STATUS", "done", "cml: --status \"done\" is not one of queued, in_progress, completed")]
    public async Task A_bad_value_from_the_environment_is_a_usage_error_naming_the_flag(string variable, string value, string message)
    {
        var (exit, _, error) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment { [variable] = value }, "check", "create", "report.md");

        Assert.Equal(2, exit);
        Assert.Equal(message, error.Trim());
    }

    [Fact]
    public async Task A_bad_conclusion_flag_is_a_usage_error()
    {
        var (exit, _, error) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), "check", "create", "report.md", "--conclusion", "passed");

        Assert.Equal(2, exit);
        Assert.Equal("cml: --conclusion \"passed\" is not one of success, failure, neutral, cancelled, skipped, timed_out", error.Trim());
    }

    [Fact]
    public async Task Conclusion_and_conclusion_from_gates_are_mutually_exclusive()
    {
        var (exit, _, error) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), "check", "create", "r.md", "--conclusion", "failure", "--conclusion-from-gates", "g.json");

        Assert.Equal(2, exit);
        Assert.Equal("cml: Arguments conclusion and conclusionFromGates are mutually exclusive", error.Trim());
    }

    [Fact]
    public async Task Missing_report_argument_is_a_usage_error()
    {
        var (exit, _, error) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), "check", "create");

        Assert.Equal(2, exit);
        Assert.Contains("cml check create --help", error);
    }
}
