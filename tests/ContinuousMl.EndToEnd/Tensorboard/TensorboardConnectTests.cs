using ContinuousMl.EndToEnd.Checks;
using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.Tensorboard;

// `cml tensorboard connect` (and `tensorboard-dev`): TensorBoard.dev is gone; CML's message, exit 1, on every forge.
public class TensorboardConnectTests
{
    [Fact]
    public async Task Connect_fails_with_CMLs_message_and_makes_no_request()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.State.ClearRequests();

        var result = await job.RunAsync("tensorboard", "connect", "--credentials", "{}", "--logdir", "logs", "--name", "exp", "--md", "--title", "TB");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal("cml: TensorBoard.dev has been shut down as of January 1, 2024", CheckCreateTests.LastLine(result.Stderr));
        Assert.Empty(job.State.Requests);
    }

    [Fact]
    public async Task Legacy_tensorboard_dev_warns_then_fails_the_same_way_without_a_token()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.Environment.Remove("REPO_TOKEN");

        var result = await job.RunAsync("tensorboard-dev", "-c", "{}", "-f", "tb.md", "--rm-watermark", "--description", "d");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("::warning::\"cml tensorboard-dev\" is deprecated, please use \"cml tensorboard connect\"", result.Stderr);
        Assert.Equal("cml: TensorBoard.dev has been shut down as of January 1, 2024", CheckCreateTests.LastLine(result.Stderr));
        Assert.False(File.Exists(Path.Combine(job.Workspace.Root, "tb.md")));
    }

    [Theory]
    [InlineData("CML_TENSORBOARD_CREDENTIALS")]
    [InlineData("CML_TENSORBOARD_DEV_CREDENTIALS")]
    [InlineData("TB_CREDENTIALS")]
    public async Task Credentials_may_come_from_the_environment(string variable)
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.Environment[variable] = "{\"refresh_token\": \"x\"}";

        var result = await job.RunAsync("tensorboard", "connect");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("cml: TensorBoard.dev has been shut down as of January 1, 2024", CheckCreateTests.LastLine(result.Stderr));
    }

    [Fact]
    public async Task Without_credentials_it_is_a_usage_error_as_in_CML()
    {
        await using var job = await GitHubActionsJob.StartAsync();

        var result = await job.RunAsync("tensorboard", "connect");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("cml: Missing required argument: credentials (pass --credentials or set CML_TENSORBOARD_CREDENTIALS)", result.Stderr.Trim());
    }

    [Fact]
    public async Task Shut_down_on_GitLab_and_Bitbucket_too()
    {
        await using var gitLab = await GitLab.GitLabCiJob.StartAsync();
        await using var bitbucket = await Bitbucket.BitbucketPipelinesJob.StartAsync();

        var onGitLab = await gitLab.RunAsync("tensorboard", "connect", "-c", "{}");
        var onBitbucket = await bitbucket.RunAsync("tensorboard", "connect", "-c", "{}");

        Assert.Equal(1, onGitLab.ExitCode);
        Assert.Equal(1, onBitbucket.ExitCode);
        Assert.Equal("cml: TensorBoard.dev has been shut down as of January 1, 2024", CheckCreateTests.LastLine(onGitLab.Stderr));
        Assert.Equal("cml: TensorBoard.dev has been shut down as of January 1, 2024", CheckCreateTests.LastLine(onBitbucket.Stderr));
    }
}
