using ContinuousMl.Metrics;
using ContinuousMl.Reports;
using static ContinuousMl.Tests.Metrics.MetricsDiffFixtures;

namespace ContinuousMl.Tests.Reports;

public sealed class ReportVerdictTests
{
    private static readonly MetricsDiff Diff = Diff("main",
        ("metrics.json", "accuracy", "0.90", "0.92"),
        ("metrics.json", "loss", "0.30", "0.28"),
        ("metrics.json", "recall", "0.91", "0.88"),
        ("metrics.json", "step", "10", "20"),
        ("metrics.json", "f1", "0.9", "0.9"));

    [Fact]
    public void A_failed_gate_leads_with_each_failure()
    {
        var rules = GateRuleParser.Parse("accuracy<-0.01,recall<-0.02");
        var gates = GateEvaluator.Evaluate(rules, Diff);

        var verdict = ReportVerdict.Write(Diff, rules, gates, MetricDirections.Default, "`main`");

        Assert.StartsWith("⛔ **Quality gate failed** (compared with `main`):\n\n- recall<-0.02: metrics.json recall changed by -0.03", verdict, StringComparison.Ordinal);
        Assert.DoesNotContain("accuracy<-0.01:", verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Passed_gates_are_named_with_what_got_better_and_worse()
    {
        var rules = GateRuleParser.Parse("accuracy<-0.01");

        var verdict = ReportVerdict.Write(Diff, rules, GateEvaluator.Evaluate(rules, Diff), MetricDirections.Default, "`main`");

        Assert.Equal("✅ **Quality gates passed**: `accuracy<-0.01` (compared with `main`). Metrics: 2 better ✅, 1 worse ❌, 1 changed.\n", verdict);
    }

    [Fact]
    public void Without_gates_the_verdict_counts_the_changes()
    {
        var verdict = ReportVerdict.Write(Diff, [], GateReport.Empty, new MetricDirections(["step"], []), "the folder `baseline`");

        Assert.Equal("ℹ️ **No quality gates set** (`--fail-on`); compared with the folder `baseline`. Metrics: 3 better ✅, 1 worse ❌.\n", verdict);
    }

    [Fact]
    public void Without_metrics_it_says_so()
    {
        Assert.Equal("ℹ️ No metrics found to compare with `main`.\n", ReportVerdict.Write(null, [], GateReport.Empty, MetricDirections.Default, "`main`"));
    }
}
