using ContinuousMl.Metrics;

namespace ContinuousMl.Tests.Metrics;

public sealed class MetricGlobTests
{
    [Theory]
    [InlineData("loss", "train.loss", true)]
    [InlineData("loss", "train.val_loss", false)]
    [InlineData("*loss", "train.val_loss", true)]
    [InlineData("train.*", "train.a.b", true)]
    [InlineData("train.*", "test.a", false)]
    [InlineData("acc?", "acc1", true)]
    [InlineData("acc?", "acc", false)]
    [InlineData("ACCURACY", "accuracy", true)]
    [InlineData("*", "anything.at.all", true)]
    [InlineData("a*b*c", "axxbyyc", true)]
    [InlineData("a*b*c", "axxbyy", false)]
    public void Patterns_match_the_full_name_or_its_last_segment(string pattern, string key, bool expected)
    {
        Assert.Equal(expected, MetricGlob.IsMatch(pattern, key));
    }

    [Fact]
    public void Lists_are_comma_separated_without_blanks()
    {
        Assert.Equal(["acc*", "f1"], MetricGlob.ParseList(" acc* , ,f1 "));
        Assert.Empty(MetricGlob.ParseList(null));
    }
}
