using ContinuousMl.Errors;
using ContinuousMl.Metrics;

namespace ContinuousMl.Tests.Metrics;

public sealed class GateRuleParserTests
{
    [Fact]
    public void The_three_kinds_of_rule_parse()
    {
        var rules = GateRuleParser.Parse("accuracy<-0.01, loss>+5%,f1<0.8");

        Assert.Equal(3, rules.Count);
        Assert.Equal(new GateRule("accuracy<-0.01", "accuracy", GateComparison.Less, GateMeasure.Change, -0.01m), rules[0]);
        Assert.Equal(new GateRule("loss>+5%", "loss", GateComparison.Greater, GateMeasure.RelativeChange, 5m), rules[1]);
        Assert.Equal(new GateRule("f1<0.8", "f1", GateComparison.Less, GateMeasure.Value, 0.8m), rules[2]);
    }

    [Theory]
    [InlineData("a<=1", GateComparison.LessOrEqual)]
    [InlineData("a>=1", GateComparison.GreaterOrEqual)]
    [InlineData("a > 1", GateComparison.Greater)]
    public void Operators_and_spaces_are_accepted(string text, GateComparison comparison)
    {
        var rule = Assert.Single(GateRuleParser.Parse(text));

        Assert.Equal(comparison, rule.Comparison);
        Assert.Equal("a", rule.Pattern);
        Assert.Equal(1m, rule.Threshold);
    }

    [Fact]
    public void Nothing_is_no_rules()
    {
        Assert.Empty(GateRuleParser.Parse(null));
        Assert.Empty(GateRuleParser.Parse("  "));
    }

    [Theory]
    [InlineData("accuracy", "expected NAME<VALUE")]
    [InlineData("<0.5", "expected NAME<VALUE")]
    [InlineData("acc<", "expected NAME<VALUE")]
    [InlineData("acc<abc", "'abc' is not a number")]
    [InlineData("acc<80%", "write +80% or -80%")]
    public void Bad_rules_are_usage_errors_that_name_the_rule(string text, string problem)
    {
        var error = Assert.Throws<CmlException>(() => GateRuleParser.Parse(text));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Contains($"--fail-on '{text}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
