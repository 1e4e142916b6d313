using ContinuousMl.Ci;

namespace ContinuousMl.Tests.Ci;

public sealed class TokenResolverTests
{
    private static DictionaryEnvironment All() => new()
    {
        ["CML_TOKEN"] = "cml",
        ["REPO_TOKEN"] = "repo",
        ["repo_token"] = "repo-lower",
        ["GITHUB_TOKEN"] = "github",
        ["GITLAB_TOKEN"] = "gitlab",
        ["BITBUCKET_TOKEN"] = "bitbucket",
    };

    [Fact]
    public void An_explicit_token_wins()
    {
        var token = TokenResolver.Resolve(All(), "flag-value");

        Assert.NotNull(token);
        Assert.Equal("flag-value", token.Value);
        Assert.Equal("--token", token.Source);
    }

    [Fact]
    public void The_explicit_source_name_is_kept()
    {
        var token = TokenResolver.Resolve(All(), "bound", "CML_COMMENT_TOKEN");

        Assert.Equal("CML_COMMENT_TOKEN", token!.Source);
    }

    [Theory]
    [InlineData(null, "CML_TOKEN", "cml")]
    [InlineData("CML_TOKEN", "REPO_TOKEN", "repo")]
    [InlineData("REPO_TOKEN", "repo_token", "repo-lower")]
    [InlineData("repo_token", "GITHUB_TOKEN", "github")]
    [InlineData("GITHUB_TOKEN", "GITLAB_TOKEN", "gitlab")]
    [InlineData("GITLAB_TOKEN", "BITBUCKET_TOKEN", "bitbucket")]
    public void Variables_are_tried_in_cml_order(string? removedUpTo, string expectedSource, string expectedValue)
    {
        var environment = All();
        if (removedUpTo is not null)
        {
            string[] order = ["CML_TOKEN", .. TokenResolver.InferredVariables];
            foreach (var name in order[..(Array.IndexOf(order, removedUpTo) + 1)])
            {
                environment[name] = null;
            }
        }

        var token = TokenResolver.Resolve(environment);

        Assert.Equal(expectedSource, token!.Source);
        Assert.Equal(expectedValue, token.Value);
    }

    [Fact]
    public void Empty_and_blank_values_are_skipped_and_values_are_trimmed()
    {
        var environment = new DictionaryEnvironment
        {
            ["REPO_TOKEN"] = "",
            ["repo_token"] = "  ",
            ["GITHUB_TOKEN"] = "ghs_abc\n",
        };

        var token = TokenResolver.Resolve(environment, explicitToken: "");

        Assert.Equal("GITHUB_TOKEN", token!.Source);
        Assert.Equal("ghs_abc", token.Value);
    }

    [Fact]
    public void No_token_is_null()
    {
        Assert.Null(TokenResolver.Resolve(new DictionaryEnvironment { ["CI_JOB_TOKEN"] = "job" }));
    }

    [Fact]
    public void ToString_names_the_source_but_never_the_value()
    {
        var token = TokenResolver.Resolve(new DictionaryEnvironment { ["GITHUB_TOKEN"] = "ghs_supersecret" })!;

        Assert.Equal("token from GITHUB_TOKEN", token.ToString());
        Assert.DoesNotContain("supersecret", $"{token}", StringComparison.Ordinal);
    }
}
