namespace ContinuousMl.Metrics;

/// <summary>What is compared: metrics (with a change column, directions and gates) or params.</summary>
public enum MetricsKind
{
    Metrics,
    Params,
}
