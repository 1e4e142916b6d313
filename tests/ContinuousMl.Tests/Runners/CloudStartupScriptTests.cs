using ContinuousMl.Errors;
using ContinuousMl.Runners.Launch;

namespace ContinuousMl.Tests.Runners;

public class CloudStartupScriptTests
{
    private static readonly InstanceRunnerFlags Flags = new()
    {
        Driver = "github",
        Repository = "https://github.com/acme/model",
        Name = "gpu-1",
        Labels = ["cml", "gpu"],
        IdleTimeout = "300",
        Single = true,
        NoRetry = true,
        MaxLifetime = TimeSpan.FromHours(6),
        Cloud = "aws",
    };

    [Fact]
    public void Installs_our_pinned_release_runs_the_users_script_then_the_runner_in_local_mode()
    {
        var script = CloudStartupScript.Build(Flags, "ghp_secret'quote", "0.1.0", "apt-get install -y $PKG\necho 'done'");

        Assert.StartsWith("#!/bin/bash\n", script);
        Assert.Contains($"\"{CloudStartupScript.ReleaseBase}/v0.1.0/cml-linux-${{arch}}\"", script);
        Assert.Contains("apt-get install -y $PKG\necho 'done'\n", script);
        Assert.Contains("export REPO_TOKEN='ghp_secret'\\''quote'\n", script);
        var launch = script.Split('\n').Single(line => line.Contains("exec /usr/local/bin/cml", StringComparison.Ordinal));
        Assert.Contains("runner launch --driver github --repo https://github.com/acme/model --name gpu-1 --labels cml,gpu --idle-timeout 300", launch);
        Assert.Contains("--cloud-self aws", launch);
        Assert.Contains("--single", launch);
        Assert.Contains("--no-retry", launch);
        Assert.Contains("--max-lifetime 21600", launch);
        Assert.DoesNotContain("ghp_secret", launch);
        Assert.True(script.IndexOf("cml-user-startup.sh", StringComparison.Ordinal) < script.IndexOf("exec /usr/local/bin/cml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cml_version_that_is_a_url_is_downloaded_as_is()
    {
        var script = CloudStartupScript.Build(Flags, "t", "https://example.com/cml", null);

        Assert.Contains("curl -fsSL -o /usr/local/bin/cml https://example.com/cml", script);
        Assert.DoesNotContain("cml-user-startup", script);
    }

    [Theory]
    [InlineData(new[] { "a=b" }, "a", "b")]
    [InlineData(new[] { "k=v=w" }, "k", "v=w")]
    [InlineData(new[] { "c" }, "c", null)]
    public void Metadata_items_split_at_the_first_equals_sign(string[] items, string key, string? value)
    {
        Assert.Equal(value, KeyValueList.Parse(items, "--cloud-metadata")[key]);
    }

    [Fact]
    public void A_metadata_item_without_a_key_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, Assert.Throws<CmlException>(() => KeyValueList.Parse(["=x"], "--cloud-metadata")).ExitCode);
    }

    [Fact]
    public void Random_names_are_ten_base36_characters()
    {
        var name = RunnerName.Random();

        Assert.Matches("^[0-9a-z]{10}$", name);
        Assert.NotEqual(name, RunnerName.Random());
    }
}
