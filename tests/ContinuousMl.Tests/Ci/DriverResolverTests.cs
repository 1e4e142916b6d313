using ContinuousMl.Ci;
using ContinuousMl.Errors;

namespace ContinuousMl.Tests.Ci;

public sealed class DriverResolverTests
{
    private static readonly DictionaryEnvironment NoCi = new();

    [Theory]
    [InlineData("github", "github")]
    [InlineData("gitlab", "gitlab")]
    [InlineData("bitbucket", "bitbucket")]
    [InlineData(" GitHub ", "github")]
    public void An_explicit_driver_wins_over_host_and_environment(string given, string expected)
    {
        var environment = new DictionaryEnvironment { ["CI_PROJECT_URL"] = "https://gitlab.com/g/p" };

        Assert.Equal(expected, DriverResolver.Resolve(given, RepositoryUrl.Parse("https://bitbucket.org/w/r"), environment));
    }

    [Fact]
    public void An_unknown_driver_is_a_usage_error()
    {
        var error = Assert.Throws<CmlException>(() => DriverResolver.Resolve("gitea", null, NoCi));

        Assert.Equal("--driver \"gitea\" is not one of github, gitlab, bitbucket", error.Message);
        Assert.Equal(ExitCodes.Usage, error.ExitCode);
    }

    [Theory]
    [InlineData("https://github.com/o/r", "github")]
    [InlineData("git@gitlab.com:g/s/p.git", "gitlab")]
    [InlineData("https://bitbucket.org/w/r", "bitbucket")]
    [InlineData("https://bitbucket.com/w/r", "bitbucket")]
    [InlineData("https://git.bitbucket.org/w/r", "bitbucket")]
    public void The_host_decides_before_the_environment(string repository, string expected)
    {
        var environment = new DictionaryEnvironment { ["GITHUB_REPOSITORY"] = "o/r", ["CI_PROJECT_URL"] = "x", ["BITBUCKET_REPO_UUID"] = "{u}" };

        Assert.Equal(expected, DriverResolver.Resolve(null, RepositoryUrl.Parse(repository), environment));
    }

    [Theory]
    [InlineData("GITHUB_REPOSITORY", "github")]
    [InlineData("CI_PROJECT_URL", "gitlab")]
    [InlineData("BITBUCKET_REPO_UUID", "bitbucket")]
    public void A_self_hosted_forge_is_named_by_the_ci(string variable, string expected)
    {
        var environment = new DictionaryEnvironment { [variable] = "set" };

        Assert.Equal(expected, DriverResolver.Resolve("", RepositoryUrl.Parse("https://ghe.corp.com/o/r"), environment));
    }

    [Fact]
    public void The_ci_variables_are_tried_in_cml_order()
    {
        var all = new DictionaryEnvironment { ["GITHUB_REPOSITORY"] = "o/r", ["CI_PROJECT_URL"] = "u", ["BITBUCKET_REPO_UUID"] = "{u}" };
        var gitlabAndBitbucket = new DictionaryEnvironment { ["CI_PROJECT_URL"] = "u", ["BITBUCKET_REPO_UUID"] = "{u}" };

        Assert.Equal("github", DriverResolver.Resolve(null, null, all));
        Assert.Equal("gitlab", DriverResolver.Resolve(null, null, gitlabAndBitbucket));
    }

    [Fact]
    public void Empty_ci_variables_do_not_count()
    {
        var environment = new DictionaryEnvironment { ["GITHUB_REPOSITORY"] = "", ["BITBUCKET_REPO_UUID"] = "{u}" };

        Assert.Equal("bitbucket", DriverResolver.Resolve(null, null, environment));
    }

    [Fact]
    public void When_nothing_tells_the_error_names_the_repository()
    {
        var error = Assert.Throws<CmlException>(() => DriverResolver.Resolve(null, RepositoryUrl.Parse("https://git.corp.com/o/r"), NoCi));

        Assert.Equal("cannot tell which forge hosts https://git.corp.com/o/r; pass --driver github|gitlab|bitbucket", error.Message);
        Assert.Equal(ExitCodes.Failure, error.ExitCode);
    }

    [Fact]
    public void Without_a_repository_the_error_still_reads_well()
    {
        var error = Assert.Throws<CmlException>(() => DriverResolver.Resolve(null, null, NoCi));

        Assert.Contains("this repository", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("github.com", "github")]
    [InlineData("GITLAB.com", "gitlab")]
    [InlineData("gitlab.example.com", null)]
    [InlineData("mygithub.com", null)]
    public void FromHost_knows_the_public_forges(string host, string? expected)
    {
        Assert.Equal(expected, DriverResolver.FromHost(host));
    }
}
