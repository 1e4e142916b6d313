namespace ContinuousMl.Metrics;

/// <summary>
/// One <c>--fail-on</c> rule: the gate fails for a metric matching <see cref="Pattern"/> when its
/// <see cref="Measure"/> compares to <see cref="Threshold"/> as <see cref="Comparison"/> says.
/// </summary>
/// <param name="Text">The rule as written (<c>loss&gt;+5%</c>), for messages.</param>
/// <param name="Pattern">A metric name or <see cref="MetricGlob"/> pattern.</param>
/// <param name="Threshold">For <see cref="GateMeasure.RelativeChange"/>, in percent.</param>
public sealed record GateRule(string Text, string Pattern, GateComparison Comparison, GateMeasure Measure, decimal Threshold)
{
    public bool Matches(string key) => MetricGlob.IsMatch(Pattern, key);

    /// <summary>True when <paramref name="measured"/> (compared to the threshold: negative, zero, positive) breaks the rule.</summary>
    public bool IsBrokenBy(int comparedToThreshold) => Comparison switch
    {
        GateComparison.Less => comparedToThreshold < 0,
        GateComparison.LessOrEqual => comparedToThreshold <= 0,
        GateComparison.Greater => comparedToThreshold > 0,
        _ => comparedToThreshold >= 0,
    };

    public override string ToString() => Text;
}
