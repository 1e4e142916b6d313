namespace ContinuousMl.Metrics;

/// <summary>What a diff table shows.</summary>
public sealed record DiffTableOptions
{
    public const int DefaultPrecision = 5;

    /// <summary>The second column's header: <c>Metric</c> or <c>Param</c>.</summary>
    public string Title { get; init; } = "Metric";

    /// <summary>Include the <c>Path</c> column (DVC's <c>--no-path</c> turns it off).</summary>
    public bool ShowPath { get; init; } = true;

    /// <summary>Include the <c>Change</c> column; DVC's params diff has none.</summary>
    public bool ShowChange { get; init; } = true;

    /// <summary>Include unchanged rows (DVC's <c>--all</c>).</summary>
    public bool All { get; init; }

    /// <summary>Decimal places for numbers, or null to show values as written.</summary>
    public int? Precision { get; init; } = DefaultPrecision;

    /// <summary>Directions for the ▲/▼ and ✅/❌ markers; null for no markers.</summary>
    public MetricDirections? Directions { get; init; }
}
