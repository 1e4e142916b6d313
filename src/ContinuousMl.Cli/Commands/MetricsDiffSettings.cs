using ContinuousMl.Metrics;

namespace ContinuousMl.Cli.Commands;

/// <summary>The options of <c>metrics diff</c> and <c>params diff</c>, read and checked.</summary>
public sealed record MetricsDiffSettings
{
    public required MetricsKind Kind { get; init; }

    /// <summary>Files named on the command line; empty to discover them.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>The revision to compare with; null for the pull request's target or the default branch.</summary>
    public string? Base { get; init; }

    /// <summary>A revision to compare instead of the workspace.</summary>
    public string? Head { get; init; }

    public DiffOutputFormat Format { get; init; } = DiffOutputFormat.Plain;

    public bool All { get; init; }

    public bool ShowPath { get; init; } = true;

    public int? Precision { get; init; }

    /// <summary>For CSV/TSV files: the first-column value of the row to read instead of the last row.</summary>
    public string? Row { get; init; }

    public IReadOnlyList<string> HigherBetter { get; init; } = [];

    public IReadOnlyList<string> LowerBetter { get; init; } = [];

    public IReadOnlyList<GateRule> FailOn { get; init; } = [];
}
