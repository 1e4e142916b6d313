using ContinuousMl.Git;

namespace ContinuousMl.Tests.Git;

public sealed class RepositoryPathTests
{
    [Theory]
    [InlineData("", "metrics.json", "metrics.json")]
    [InlineData("src/", "../metrics.json", "metrics.json")]
    [InlineData("src/", "./a/./b.json", "src/a/b.json")]
    [InlineData("src/", "a\\b.json", "src/a/b.json")]
    [InlineData("src/deep/", "../../x.json", "x.json")]
    [InlineData("", ".", "")]
    public void Relative_paths_are_resolved_against_the_prefix(string prefix, string path, string expected) =>
        Assert.Equal(expected, RepositoryPath.Combine(prefix, path));

    [Theory]
    [InlineData("", "../x.json")]
    [InlineData("src/", "../../x.json")]
    public void Climbing_above_the_top_level_is_null(string prefix, string path) =>
        Assert.Null(RepositoryPath.Combine(prefix, path));
}
