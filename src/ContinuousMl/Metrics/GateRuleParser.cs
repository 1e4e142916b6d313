using ContinuousMl.Errors;

namespace ContinuousMl.Metrics;

/// <summary>
/// Parses <c>--fail-on</c>: comma-separated <c>NAME OP VALUE</c> rules with <c>OP</c> one of <c>&lt; &lt;= &gt; &gt;=</c>.
/// A signed value is a change (<c>accuracy&lt;-0.01</c>), a signed percentage a relative change (<c>loss&gt;+5%</c>),
/// an unsigned value the metric's own value (<c>f1&lt;0.8</c>).
/// </summary>
public static class GateRuleParser
{
    private const string Examples = "e.g. accuracy<-0.01 (change), loss>+5% (relative change), f1<0.8 (value)";

    public static IReadOnlyList<GateRule> Parse(string? rules, string flag = "--fail-on")
    {
        if (string.IsNullOrWhiteSpace(rules))
        {
            return [];
        }

        return rules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(rule => ParseOne(rule, flag))
            .ToList();
    }

    private static GateRule ParseOne(string rule, string flag)
    {
        var at = rule.IndexOfAny(['<', '>']);
        if (at <= 0)
        {
            throw Usage(flag, rule, "expected NAME<VALUE or NAME>VALUE");
        }

        var name = rule[..at].Trim();
        var orEqual = at + 1 < rule.Length && rule[at + 1] == '=';
        var comparison = (rule[at], orEqual) switch
        {
            ('<', false) => GateComparison.Less,
            ('<', true) => GateComparison.LessOrEqual,
            ('>', false) => GateComparison.Greater,
            _ => GateComparison.GreaterOrEqual,
        };
        var value = rule[(at + (orEqual ? 2 : 1))..].Trim();
        var percent = value.EndsWith('%');
        if (percent)
        {
            value = value[..^1].TrimEnd();
        }

        var signed = value.Length > 0 && value[0] is '+' or '-';
        if (name.Length == 0 || value.Length == 0)
        {
            throw Usage(flag, rule, "expected NAME<VALUE or NAME>VALUE");
        }

        if (!MetricValue.TryParseNumber(value, out var number) || number.Exact is not { } threshold)
        {
            throw Usage(flag, rule, $"'{value}' is not a number");
        }

        if (percent && !signed)
        {
            throw Usage(flag, rule, $"a percentage is a relative change: write +{value}% or -{value}%");
        }

        var measure = percent ? GateMeasure.RelativeChange : signed ? GateMeasure.Change : GateMeasure.Value;
        return new GateRule(rule, name, comparison, measure, threshold);
    }

    private static CmlException Usage(string flag, string rule, string problem) =>
        new($"{flag} '{rule}': {problem}; {Examples}", ExitCodes.Usage);
}
