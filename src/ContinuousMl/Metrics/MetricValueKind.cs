namespace ContinuousMl.Metrics;

/// <summary>What a value in a metrics or params file is; only numbers get a change column and gates.</summary>
public enum MetricValueKind
{
    Number,
    Boolean,
    Text,
    Null,
}
