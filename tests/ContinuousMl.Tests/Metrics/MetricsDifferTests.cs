using ContinuousMl.Metrics;
using static ContinuousMl.Tests.Metrics.MetricsDiffFixtures;

namespace ContinuousMl.Tests.Metrics;

public sealed class MetricsDifferTests
{
    [Fact]
    public void Every_key_of_either_side_appears_once_sorted_ordinally()
    {
        var rows = MetricsDiffer.Diff(
            new MetricsTarget("m.json"),
            Values(("b", "1"), ("a.10", "1"), ("a.2", "1")),
            Values(("b", "1"), ("B", "2"), ("a.2", "3"))).ToList();

        Assert.Equal(["B", "a.10", "a.2", "b"], rows.Select(r => r.Key));
    }

    [Fact]
    public void A_renamed_metric_shows_as_removed_and_added()
    {
        var rows = MetricsDiffer.Diff(new MetricsTarget("m.json"), Values(("acc", "0.9")), Values(("accuracy", "0.9"))).ToDictionary(r => r.Key);

        Assert.Null(rows["acc"].Head);
        Assert.Equal("0.9", rows["acc"].Base!.Text);
        Assert.Null(rows["accuracy"].Base);
        Assert.True(rows["acc"].Changed);
        Assert.True(rows["accuracy"].Changed);
        Assert.Null(rows["accuracy"].Change);
    }

    [Fact]
    public void A_file_missing_on_one_side_has_every_key_missing_there()
    {
        var rows = MetricsDiffer.Diff(new MetricsTarget("new.json"), null, Values(("a", "1"), ("b", "2"))).ToList();

        Assert.All(rows, row => Assert.Null(row.Base));
        Assert.All(rows, row => Assert.True(row.Changed));
    }

    [Fact]
    public void Equal_values_are_unchanged_and_numbers_get_a_change()
    {
        var rows = MetricsDiffer.Diff(
            new MetricsTarget("m.json"),
            Values(("same", "1"), ("float", "1.0"), ("up", "0.5"), ("text", "a"), ("flag", "true")),
            Values(("same", "1"), ("float", "1"), ("up", "0.75"), ("text", "b"), ("flag", "false"))).ToDictionary(r => r.Key);

        Assert.False(rows["same"].Changed);
        Assert.False(rows["float"].Changed);
        Assert.True(rows["up"].Changed);
        Assert.Equal("0.25", rows["up"].Change!.Text);
        Assert.Equal(0.5, rows["up"].RelativeChange);
        Assert.True(rows["text"].Changed);
        Assert.Null(rows["text"].Change);
        Assert.True(rows["flag"].Changed);
        Assert.Null(rows["flag"].Change);
    }

    [Fact]
    public void Declared_params_limit_the_keys()
    {
        var rows = MetricsDiffer.Diff(
            new MetricsTarget("params.yaml", ["train"]),
            Values(("train.lr", "0.1"), ("seed", "1")),
            Values(("train.lr", "0.2"), ("seed", "2"))).ToList();

        Assert.Equal(["train.lr"], rows.Select(r => r.Key));
    }
}
