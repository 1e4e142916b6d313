using ContinuousMl.Metrics;

namespace ContinuousMl.Cli.Commands;

/// <summary>The options of <c>cml report</c>, after flags and <c>CML_REPORT_*</c> variables are merged.</summary>
public sealed record ReportSettings
{
    public const string DefaultOutput = ".cml/report";

    /// <summary>A revision or a folder; null for the pull request's target branch, else origin's default branch.</summary>
    public string? Base { get; init; }

    /// <summary>A template file; null for the built-in one.</summary>
    public string? Template { get; init; }

    /// <summary>A Markdown file added as the report's own section (<c>{{notes}}</c>).</summary>
    public string? Append { get; init; }

    public string Output { get; init; } = DefaultOutput;

    public bool Post { get; init; } = true;

    public bool Images { get; init; }

    public bool Summary { get; init; } = true;

    public bool Strict { get; init; }

    public string? Html { get; init; }

    public string? MermaidScript { get; init; }

    public IReadOnlyList<GateRule> FailOn { get; init; } = [];

    public IReadOnlyList<string> HigherBetter { get; init; } = [];

    public IReadOnlyList<string> LowerBetter { get; init; } = [];

    public int? Precision { get; init; } = DiffTableOptions.DefaultPrecision;

    public string? Target { get; init; }

    public string? WatermarkTitle { get; init; }

    public bool Update { get; init; } = true;

    public string? PublishUrl { get; init; }
}
