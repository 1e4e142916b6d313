namespace ContinuousMl.Metrics;

/// <summary>A rule a metric broke (or a rule no metric matched, with no row), and the sentence that says so.</summary>
public sealed record GateFailure(GateRule Rule, MetricsDiffRow? Row, string Message);
