using ContinuousMl.PullRequests;

namespace ContinuousMl.Tests.PullRequests;

public sealed class PathGlobTests
{
    [Theory]
    [InlineData("metrics.json", "metrics.json", true)]
    [InlineData("./metrics.json", "metrics.json", true)]
    [InlineData("*.json", "metrics.json", true)]
    [InlineData("*.json", "eval/metrics.json", false)]
    [InlineData("**/*.json", "eval/metrics.json", true)]
    [InlineData("**/*.json", "metrics.json", true)]
    [InlineData("eval/**", "eval/a/b/c.txt", true)]
    [InlineData("model?.pkl", "model1.pkl", true)]
    [InlineData("model?.pkl", "model/.pkl", false)]
    [InlineData("model[0-9].pkl", "model7.pkl", true)]
    [InlineData("model[!0-9].pkl", "model7.pkl", false)]
    [InlineData("*.{csv,tsv}", "table.tsv", true)]
    [InlineData("*.{csv,tsv}", "table.json", false)]
    [InlineData("*", ".hidden", true)]
    [InlineData("weird{name", "weird{name", true)]
    [InlineData("a+b(1).txt", "a+b(1).txt", true)]
    public void Matches_as_globby_with_dot_files(string pattern, string path, bool expected) =>
        Assert.Equal(expected, new PathGlob([pattern]).IsMatch(path));

    [Theory]
    [InlineData("models", "models/weights.bin")]
    [InlineData("models/", "models/deep/extra.bin")]
    [InlineData("mod*", "models/weights.bin")]
    [InlineData(".", "anything/at/all.txt")]
    [InlineData("./", "top.txt")]
    public void A_pattern_naming_a_directory_takes_every_file_below_it(string pattern, string path) =>
        Assert.True(new PathGlob([pattern]).IsMatch(path));

    [Fact]
    public void A_directory_name_is_not_a_prefix_of_other_names()
    {
        Assert.False(new PathGlob(["model"]).IsMatch("models/weights.bin"));
        Assert.False(new PathGlob(["model"]).IsMatch("model.bin"));
    }

    [Fact]
    public void Negated_patterns_exclude()
    {
        var glob = new PathGlob(["models", "!**/*.tmp"]);

        Assert.True(glob.IsMatch("models/weights.bin"));
        Assert.False(glob.IsMatch("models/cache.tmp"));
        Assert.False(glob.IsMatch("other.bin"));
    }
}
