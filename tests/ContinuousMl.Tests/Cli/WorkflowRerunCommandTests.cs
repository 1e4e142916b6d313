using ContinuousMl.Ci;
using ContinuousMl.Cli.Commands;

namespace ContinuousMl.Tests.Cli;

public class WorkflowRerunCommandTests
{
    [Theory]
    [InlineData("workflow", "rerun")]
    [InlineData("rerun-workflow")]
    public async Task Help_lists_every_CML_flag(params string[] command)
    {
        var (exit, output, _) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), [.. command, "--help"]);

        Assert.Equal(0, exit);
        Assert.Equal(["--id", "--log", "--driver", "--repo", "--driver-token", "--token", "-?", "-h", "--help"], CommandHelpRunner.ListedFlags(output));
        Assert.Contains("Run identifier to be rerun", output);
        Assert.Contains("https://cml.dev/doc/ref/workflow", output);
    }

    [Theory]
    [InlineData(DriverResolver.GitHub, GitHubActions.CiName, "4242")]
    [InlineData(DriverResolver.GitLab, GitLabCi.CiName, "1001")]
    [InlineData(DriverResolver.Bitbucket, BitbucketPipelines.CiName, "{pipeline}")]
    public void The_default_run_is_the_one_the_forges_own_CI_names(string driver, string ci, string expected)
    {
        var context = new CiContext
        {
            Name = ci,
            RunId = ci == GitHubActions.CiName ? "4242" : "2002",
            WorkflowId = ci == GitLabCi.CiName ? "1001" : ci == BitbucketPipelines.CiName ? "{pipeline}" : "train",
        };

        Assert.Equal(expected, WorkflowRerunHandler.CurrentRunId(driver, context));
    }

    [Theory]
    [InlineData(DriverResolver.GitHub, GitLabCi.CiName)]
    [InlineData(DriverResolver.GitLab, GitHubActions.CiName)]
    [InlineData(DriverResolver.Bitbucket, "local")]
    public void Another_CIs_run_is_never_taken_for_the_forges(string driver, string ci)
    {
        Assert.Null(WorkflowRerunHandler.CurrentRunId(driver, new CiContext { Name = ci, RunId = "1", WorkflowId = "2" }));
    }
}
