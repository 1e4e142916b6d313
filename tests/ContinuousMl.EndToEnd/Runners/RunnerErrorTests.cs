using ContinuousMl.EndToEnd.Checks;
using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.Runners;

// Every way `cml runner launch` refuses: one line on stderr, exit 2 for usage and 1 for failures, no runner left.
public class RunnerErrorTests
{
    private const string Scope = $"{GitHubActionsJob.Owner}/{GitHubActionsJob.Name}";

    [Fact]
    public async Task Without_a_token_it_says_which_variables_it_read()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        using var program = FakeRunnerProgram.Create();
        job.Environment.Remove("REPO_TOKEN");

        var result = await job.RunAsync(LocalRunnerTests.Launch(program));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("cml: token not found: set REPO_TOKEN", CheckCreateTests.LastLine(result.Stderr));
    }

    [Fact]
    public async Task The_workflows_GITHUB_TOKEN_is_refused_with_the_scopes_runners_need()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        using var program = FakeRunnerProgram.Create();
        job.State.AddToken("ghs_actionsToken", "github-actions[bot]", isInstallationToken: true);
        job.Environment["REPO_TOKEN"] = "ghs_actionsToken";

        var result = await job.RunAsync(LocalRunnerTests.Launch(program));

        Assert.Equal(1, result.ExitCode);
        var error = CheckCreateTests.LastLine(result.Stderr);
        Assert.StartsWith($"cml: GitHub refused to list the self-hosted runners in {Scope} (403 Resource not accessible by integration)", error);
        Assert.Contains("Administration: write", error);
        Assert.Contains("GITHUB_TOKEN cannot manage runners", error);
        Assert.Empty(job.State.Runners(Scope));
    }

    [Theory]
    [InlineData("--single", "--reuse")]
    [InlineData("--reuse", "--reuse-idle")]
    public async Task Conflicting_flags_are_a_usage_error(string first, string second)
    {
        await using var job = await GitHubActionsJob.StartAsync();
        using var program = FakeRunnerProgram.Create();
        job.State.ClearRequests();

        var result = await job.RunAsync(LocalRunnerTests.Launch(program, first, second));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"cml: {first} and {second} are mutually exclusive: pass only one of --single, --reuse, --reuse-idle", CheckCreateTests.LastLine(result.Stderr));
        Assert.Empty(job.State.Requests);
    }

    [Theory]
    [InlineData("--idle-timeout", "soon", "cml: --idle-timeout \"soon\" is not a duration: pass seconds (300), a duration (5min, 1h, 2d) or never")]
    [InlineData("--max-lifetime", "0", "cml: --max-lifetime \"0\" is not a positive duration: pass seconds (3600) or a duration (90min, 6h, 2d)")]
    public async Task A_duration_that_is_not_one_is_a_usage_error(string flag, string value, string expected)
    {
        await using var job = await GitHubActionsJob.StartAsync();
        using var program = FakeRunnerProgram.Create();

        var result = await job.RunAsync(LocalRunnerTests.Launch(program, flag, value));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, CheckCreateTests.LastLine(result.Stderr));
    }

    [Fact]
    public async Task A_runner_binary_that_does_not_exist_is_a_usage_error()
    {
        await using var job = await GitHubActionsJob.StartAsync();

        var result = await job.RunAsync("runner", "launch", "--runner-binary", "/nonexistent/run.sh");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("cml: --runner-binary /nonexistent/run.sh: no such file or folder", CheckCreateTests.LastLine(result.Stderr));
    }

    [Fact]
    public async Task A_name_in_use_fails_as_CML_does()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        using var program = FakeRunnerProgram.Create();
        job.State.AddRunner(Scope, "taken", ["self-hosted", "cml"]);

        var result = await job.RunAsync(LocalRunnerTests.Launch(program, "--name", "taken"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("cml: Runner name taken is already in use. Please change the name or terminate the existing runner.", CheckCreateTests.LastLine(result.Stderr));
        Assert.Single(job.State.Runners(Scope));
    }

    [Fact]
    public async Task Reuse_with_an_online_runner_carrying_the_labels_launches_nothing()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        using var program = FakeRunnerProgram.Create();
        job.State.AddRunner(Scope, "gpu-box", ["self-hosted", "Linux", "cml", "gpu"]);

        var result = await job.RunAsync(LocalRunnerTests.Launch(program, "--reuse", "--labels", "cml,gpu"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Reusing existing online runners with the cml,gpu labels...", result.Stderr);
        Assert.DoesNotContain(job.State.Requests, r => r.Path.EndsWith("/registration-token", StringComparison.Ordinal));
        Assert.Single(job.State.Runners(Scope));
    }

    [Fact]
    public async Task A_runner_that_fails_to_configure_is_reported_and_nothing_stays_registered()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        using var program = FakeRunnerProgram.Create();
        // A program that is not a runner at all: configure exits 2 with its usage line.
        File.WriteAllText(program.ScriptPath, "#!/bin/sh\necho 'usage: not-a-runner' >&2\nexit 2\n");

        var result = await job.RunAsync(LocalRunnerTests.Launch(program, "--name", "broken"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("cml: Failed preparing GitHub runner: fake-runner exited with code 2: usage: not-a-runner", CheckCreateTests.LastLine(result.Stderr));
        Assert.Empty(job.State.Runners(Scope));
    }
}
