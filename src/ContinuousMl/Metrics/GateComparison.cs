namespace ContinuousMl.Metrics;

/// <summary>The operator of a gate rule: the gate fails when the comparison holds.</summary>
public enum GateComparison
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
