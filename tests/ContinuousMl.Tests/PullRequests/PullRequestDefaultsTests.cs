using ContinuousMl.Ci;
using ContinuousMl.PullRequests;

namespace ContinuousMl.Tests.PullRequests;

public sealed class PullRequestDefaultsTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public void The_branch_is_the_target_and_the_first_eight_characters_of_the_commit()
    {
        Assert.Equal("main-cml-pr-01234567", PullRequestDefaults.SourceBranch("main", Sha));
        Assert.Equal("release/1.x-cml-pr-01234567", PullRequestDefaults.SourceBranch("release/1.x", Sha));
    }

    [Fact]
    public void Title_and_description_are_CMLs_to_the_character()
    {
        Assert.Equal("CML PR for main 01234567", PullRequestDefaults.Title("main", Sha));
        Assert.Equal(
            $"\nAutomated commits for https://github.com/o/r/commit/{Sha} created by CML.\n      ",
            PullRequestDefaults.Description(RepositoryUrl.Parse("git@github.com:o/r.git"), Sha));
    }

    [Theory]
    [InlineData(null, false, false, "CML PR for 01234567 [skip ci]")]
    [InlineData(null, false, true, "CML PR for 01234567")]
    [InlineData(null, true, true, "CML PR for 01234567 [skip ci]")]
    [InlineData("Retrain", false, false, "Retrain")]
    [InlineData("Retrain", true, false, "Retrain [skip ci]")]
    [InlineData("Retrain", true, true, "Retrain [skip ci]")]
    [InlineData("", false, false, "CML PR for 01234567 [skip ci]")]
    public void Skip_ci_when_asked_or_when_the_default_message_meets_no_merge(string? message, bool skipCi, bool merging, string expected) =>
        Assert.Equal(expected, PullRequestDefaults.CommitMessage(message, Sha, skipCi, merging));

    [Fact]
    public void A_short_sha_is_kept_whole() => Assert.Equal("abc", PullRequestDefaults.ShortSha("abc"));
}
