namespace ContinuousMl.Metrics;

/// <summary>The outcome of every rule: the failures, and the rules that could not be checked for some metric.</summary>
public sealed class GateReport(IReadOnlyList<GateFailure> failures, IReadOnlyList<string> skipped)
{
    public static GateReport Empty { get; } = new([], []);

    public IReadOnlyList<GateFailure> Failures => failures;

    /// <summary>Why a rule was not checked for a metric (no base value to compare with).</summary>
    public IReadOnlyList<string> Skipped => skipped;

    public bool Passed => failures.Count == 0;

    /// <summary>The rules <paramref name="row"/> broke, in order.</summary>
    public IReadOnlyList<GateRule> RulesBrokenBy(MetricsDiffRow row) =>
        failures.Count == 0 ? [] : failures.Where(failure => ReferenceEquals(failure.Row, row)).Select(failure => failure.Rule).ToList();
}
