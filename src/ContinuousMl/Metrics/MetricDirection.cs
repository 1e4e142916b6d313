namespace ContinuousMl.Metrics;

/// <summary>Whether a metric improves by going up or down; unknown metrics get an arrow but no verdict.</summary>
public enum MetricDirection
{
    Unknown,
    HigherIsBetter,
    LowerIsBetter,
}
