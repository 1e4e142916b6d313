using ContinuousMl.Metrics;

namespace ContinuousMl.Reports;

/// <summary>Everything <c>cml report</c> renders from, once options and the CI are read.</summary>
public sealed record ReportRequest
{
    /// <summary>Where <c>dvc.yaml</c>, the metrics and the plots are, as for <c>cml metrics diff</c>.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>Where <c>report.md</c> and the chart images are written.</summary>
    public required string OutputDirectory { get; init; }

    public required ReportBase Base { get; init; }

    public required ReportTemplate Template { get; init; }

    /// <summary>The user's own section (<c>--append</c>), as written.</summary>
    public string? Notes { get; init; }

    public ChartForm Charts { get; init; } = ChartForm.Mermaid;

    public IReadOnlyList<GateRule> FailOn { get; init; } = [];

    public IReadOnlyList<string> HigherBetter { get; init; } = [];

    public IReadOnlyList<string> LowerBetter { get; init; } = [];

    /// <summary>Decimal places for metrics; params are shown as written.</summary>
    public int? Precision { get; init; } = DiffTableOptions.DefaultPrecision;

    /// <summary>The commit the report is about, for <c>{{commit}}</c>; null outside git.</summary>
    public string? Commit { get; init; }
}
