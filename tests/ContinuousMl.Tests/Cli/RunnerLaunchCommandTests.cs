using System.Text;
using ContinuousMl.Ci;
using ContinuousMl.Cli;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Hosting;
using ContinuousMl.Runners.Cloud;
using ContinuousMl.Tests.Runners;
using FakeForge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContinuousMl.Tests.Cli;

// `runner launch` in-process: flags and binding, and cloud mode with a recording provider against FakeForge over HTTP.
public class RunnerLaunchCommandTests
{
    private const string Token = "ghp_runnerLaunchTests";

    [Fact]
    public async Task Help_lists_CMLs_flags_and_ours_but_not_the_hidden_ones()
    {
        var (exit, output, _) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), "runner", "launch", "--help");

        Assert.Equal(0, exit);
        var flags = CommandHelpRunner.ListedFlags(output);
        foreach (var flag in (string[])["--labels", "--idle-timeout", "--name", "--no-retry", "--single", "--reuse", "--reuse-idle", "--workdir", "--docker-volumes",
                     "--cloud", "--cloud-region", "--cloud-type", "--cloud-permission-set", "--cloud-metadata", "--cloud-gpu", "--cloud-hdd-size",
                     "--cloud-ssh-private", "--cloud-spot", "--cloud-spot-price", "--cloud-startup-script", "--cloud-aws-security-group",
                     "--cloud-aws-subnet", "--cloud-kubernetes-node-selector", "--runner-binary", "--max-lifetime", "--cloud-launch-timeout"])
        {
            Assert.Contains(flag, flags);
        }

        Assert.DoesNotContain("--cloud-self", flags);
        Assert.DoesNotContain("--tf-resource", flags);
        Assert.Contains("https://cml.dev/doc/ref/runner", output);
    }

    [Fact]
    public async Task Bare_runner_is_a_usage_error_pointing_at_launch()
    {
        var (exit, _, error) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), "runner");

        Assert.Equal(2, exit);
        Assert.Contains("did you mean `cml runner launch`", error);
    }

    [Theory]
    [InlineData("--cloud-hdd-size", "big", "cml: --cloud-hdd-size \"big\" is not a size in GB")]
    [InlineData("--cloud-spot-price", "cheap", "cml: --cloud-spot-price \"cheap\" is not a price")]
    [InlineData("--cloud-startup-script", "not base64!", "cml: --cloud-startup-script is not Base64")]
    [InlineData("--cloud-metadata", "=x", "cml: --cloud-metadata \"=x\" has no key")]
    [InlineData("--cloud-launch-timeout", "later", "cml: --cloud-launch-timeout \"later\" is not a positive duration")]
    [InlineData("--labels", ",", "cml: --labels is empty")]
    public async Task Bad_values_are_usage_errors_before_any_request(string flag, string value, string expected)
    {
        var (exit, _, error) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), "runner", "launch", flag, value);

        Assert.Equal(2, exit);
        Assert.StartsWith(expected, error.Trim());
    }

    [Fact]
    public async Task Bare_no_retry_is_accepted_where_yargs_refused_it()
    {
        var (exit, _, error) = await CommandHelpRunner.RunAsync(new DictionaryEnvironment(), "runner", "launch", "--no-retry", "--single", "--reuse");

        // Parsing went through: the error is the conflict, not an unknown argument.
        Assert.Equal(2, exit);
        Assert.Contains("--single and --reuse are mutually exclusive", error);
    }

    [Theory]
    [InlineData("RUNNER_IDLE_TIMEOUT", "1h", "CML_RUNNER_IDLE_TIMEOUT", "1h")]
    [InlineData("RUNNER_LABELS", "gpu", "CML_RUNNER_LABELS", "gpu")]
    [InlineData("RUNNER_NO_RETRY", "1", "CML_RUNNER_NO_RETRY", "true")]
    [InlineData("RUNNER_PATH", "/home/runner", "CML_RUNNER_PATH", "/home/runner")]
    public void Legacy_RUNNER_variables_bind_to_the_runner_options(string legacy, string value, string variable, string expected)
    {
        var expanded = CmlEnvironment.Expand(new DictionaryEnvironment(new Dictionary<string, string> { [legacy] = value }));

        Assert.Equal(expected, expanded.Get(variable));
    }

    [Fact]
    public void A_CML_RUNNER_variable_wins_over_its_legacy_name_and_RUNNER_NAME_is_not_taken()
    {
        var expanded = CmlEnvironment.Expand(new DictionaryEnvironment(new Dictionary<string, string>
        {
            ["RUNNER_LABELS"] = "old",
            ["CML_RUNNER_LABELS"] = "new",
            ["RUNNER_NAME"] = "GitHub Actions 2",
        }));

        Assert.Equal("new", expanded.Get("CML_RUNNER_LABELS"));
        Assert.Null(expanded.Get("CML_RUNNER_NAME"));
    }

    [Fact]
    public async Task A_cloud_launch_sends_the_request_and_waits_for_the_runner_to_register()
    {
        await using var gitHub = await StartAsync();
        var provider = new RecordingCloudProvider("aws", request => gitHub.State.AddRunner("acme/model", request.Name, ["self-hosted", "cml", "gpu"]));
        var startup = Convert.ToBase64String(Encoding.UTF8.GetBytes("pip install dvc"));

        var (exit, output, error) = await RunAsync(
            gitHub, provider,
            "--cloud", "aws", "--cloud-region", "us-west", "--cloud-type", "g4dn.xlarge", "--cloud-gpu", "tesla", "--cloud-hdd-size", "100",
            "--cloud-spot", "--cloud-spot-price", "0.5", "--cloud-metadata", "team=ml", "--cloud-metadata", "cost", "--labels", "cml,gpu",
            "--name", "gpu-runner", "--idle-timeout", "10min", "--single", "--max-lifetime", "6h", "--cloud-startup-script", startup);

        Assert.True(exit == 0, error);
        var request = Assert.Single(provider.Launched);
        Assert.Equal("gpu-runner", request.Name);
        Assert.Equal("g4dn.xlarge", request.Type);
        Assert.Equal("v100", request.Gpu);
        Assert.Equal(100, request.HddSizeGb);
        Assert.True(request.Spot);
        Assert.Equal(0.5m, request.SpotPrice);
        Assert.Equal("ml", request.Metadata["team"]);
        Assert.Null(request.Metadata["cost"]);
        Assert.Equal(TimeSpan.FromHours(6), request.MaxLifetime);
        Assert.Contains("pip install dvc", request.StartupScript);
        Assert.Contains("--labels cml,gpu --idle-timeout 600", request.StartupScript);
        Assert.Contains("--cloud-self aws --single", request.StartupScript);
        Assert.Empty(provider.Terminated);
        Assert.Empty(output);
        Assert.Contains("runner gpu-runner registered", error);
        Assert.DoesNotContain(Token, error);
    }

    [Fact]
    public async Task A_runner_that_never_registers_gets_its_instance_terminated()
    {
        await using var gitHub = await StartAsync();
        var provider = new RecordingCloudProvider("aws");

        var (exit, _, error) = await RunAsync(gitHub, provider, "--cloud", "aws", "--name", "lost", "--cloud-launch-timeout", "2");

        Assert.Equal(1, exit);
        Assert.Equal(new CloudInstance("aws", "i-0123456789", "us-west-1"), Assert.Single(provider.Terminated));
        Assert.StartsWith("cml: runner lost did not register within 2 s; aws instance i-0123456789 was terminated", error.Trim().Split('\n')[^1]);
        Assert.Contains("waiting for runner lost to register", error);
    }

    [Fact]
    public async Task A_cloud_without_a_provider_is_a_usage_error()
    {
        await using var gitHub = await StartAsync();
        var provider = new RecordingCloudProvider("aws");

        var (exit, _, error) = await RunAsync(gitHub, provider, "--cloud", "gcp");

        Assert.Equal(2, exit);
        Assert.Equal("cml: --cloud gcp: this cml has no gcp provider; available: aws", error.Trim().Split('\n')[^1]);
        Assert.Empty(provider.Launched);
    }

    private static async Task<FakeGitHub> StartAsync()
    {
        var gitHub = await FakeGitHub.StartAsync();
        gitHub.State.AddRepository("acme", "model");
        gitHub.State.AddToken(Token, "octo-user");
        return gitHub;
    }

    private static async Task<(int Exit, string Out, string Error)> RunAsync(FakeGitHub gitHub, ICloudRunnerProvider provider, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new DictionaryEnvironment(new Dictionary<string, string> { ["REPO_TOKEN"] = Token });
        string[] argv = ["runner", "launch", "--driver", "github", "--repo", $"{gitHub.BaseUrl.AbsoluteUri}acme/model", .. args];
        var exit = await CmlApplication.RunAsync(
            argv, environment, new CmlConsole(output, error, ErrorIsRedirected: true), CancellationToken.None, services =>
            {
                // The real clouds are registered too; these tests launch only on their recording stand-in.
                services.RemoveAll<ICloudRunnerProvider>();
                services.AddSingleton(provider);
            });
        return (exit, output.ToString(), error.ToString());
    }
}
