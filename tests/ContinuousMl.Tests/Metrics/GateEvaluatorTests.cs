using ContinuousMl.Metrics;
using static ContinuousMl.Tests.Metrics.MetricsDiffFixtures;

namespace ContinuousMl.Tests.Metrics;

public sealed class GateEvaluatorTests
{
    private static GateReport Evaluate(string rules, MetricsDiff diff) => GateEvaluator.Evaluate(GateRuleParser.Parse(rules), diff);

    [Theory]
    [InlineData("0.90", "0.885", true)]
    [InlineData("0.90", "0.89", false)]
    [InlineData("0.90", "0.95", false)]
    public void A_change_rule_fails_when_the_change_crosses_the_threshold(string before, string after, bool fails)
    {
        var report = Evaluate("accuracy<-0.01", Diff("main", ("m.json", "accuracy", before, after)));

        Assert.Equal(!fails, report.Passed);
    }

    [Fact]
    public void A_failure_names_the_rule_the_metric_and_both_values()
    {
        var report = Evaluate("accuracy<-0.01", Diff("main", ("m.json", "accuracy", "0.9240", "0.9012")));

        var failure = Assert.Single(report.Failures);
        Assert.Equal("accuracy<-0.01: m.json accuracy changed by -0.0228 (main: 0.9240, workspace: 0.9012)", failure.Message);
    }

    [Theory]
    [InlineData("0.30", "0.32", true)]
    [InlineData("0.30", "0.315", false)]
    [InlineData("-2", "-1.8", true)]
    [InlineData("0", "0.001", true)]
    public void A_relative_rule_compares_percent_of_the_base(string before, string after, bool fails)
    {
        var report = Evaluate("loss>+5%", Diff("main", ("m.json", "loss", before, after)));

        Assert.Equal(!fails, report.Passed);
        if (fails)
        {
            Assert.Contains("changed by +", report.Failures[0].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_value_rule_is_a_floor_even_for_unchanged_metrics()
    {
        var report = Evaluate("f1<0.8", Diff("main", ("m.json", "f1", "0.7", "0.7"), ("m.json", "eval.f1", "0.9", "0.85")));

        var failure = Assert.Single(report.Failures);
        Assert.Equal("f1", failure.Row!.Key);
        Assert.Equal("f1<0.8: m.json f1 is 0.7 (main: 0.7, workspace: 0.7)", failure.Message);
    }

    [Fact]
    public void A_rule_matching_nothing_fails_so_a_typo_cannot_pass()
    {
        var report = Evaluate("acuracy<-0.01", Diff("main", ("m.json", "accuracy", "0.9", "0.9")));

        var failure = Assert.Single(report.Failures);
        Assert.Null(failure.Row);
        Assert.Contains("no metric is named 'acuracy'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_metric_skips_change_rules_but_not_value_rules()
    {
        var diff = Diff("main", ("m.json", "f1", null, "0.5"));

        var change = Evaluate("f1<-0.1", diff);
        var floor = Evaluate("f1<0.8", diff);

        Assert.True(change.Passed);
        Assert.Contains("no numeric value at main", Assert.Single(change.Skipped), StringComparison.Ordinal);
        Assert.False(floor.Passed);
    }

    [Fact]
    public void A_removed_nan_or_textual_metric_fails()
    {
        var report = Evaluate(
            "a<-1,b<-1,c<-1",
            Diff("main", ("m.json", "a", "0.5", null), ("m.json", "b", "0.5", "NaN"), ("m.json", "c", "0.5", "oops")));

        Assert.Equal(3, report.Failures.Count);
        Assert.Contains("is missing in workspace (was 0.5 at main)", report.Failures[0].Message, StringComparison.Ordinal);
        Assert.Contains("is NaN, not a number", report.Failures[1].Message, StringComparison.Ordinal);
        Assert.Contains("is oops, not a number", report.Failures[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Glob_rules_apply_to_every_match_and_report_the_rows_broken()
    {
        var diff = Diff("main", ("m.json", "train.loss", "0.5", "0.6"), ("m.json", "val_loss", "0.5", "0.5"), ("m.json", "eval.loss", "0.5", "0.7"));

        var report = Evaluate("*loss>+10%", diff);

        Assert.Equal(["train.loss", "eval.loss"], report.Failures.Select(f => f.Row!.Key));
        Assert.Equal("*loss>+10%", Assert.Single(report.RulesBrokenBy(diff.Rows[0])).Text);
        Assert.Empty(report.RulesBrokenBy(diff.Rows[1]));
    }
}
