namespace ContinuousMl.Metrics;

/// <summary>A number's value: exact when decimal can hold it, and as a double.</summary>
internal sealed record MetricNumber(decimal? Exact, double Approximate)
{
    public static MetricNumber NotANumber { get; } = new(null, double.NaN);
}
