using ContinuousMl.Metrics;

namespace ContinuousMl.Reports;

/// <summary>A rendered report on disk.</summary>
/// <param name="Markdown">The report's text, as written to <paramref name="ReportFile"/>.</param>
/// <param name="ReportFile">The full path of <c>report.md</c>.</param>
/// <param name="Charts">Every chart, in report order; images are files next to the report.</param>
/// <param name="Gates">How the <c>--fail-on</c> rules went.</param>
public sealed record BuiltReport(string Markdown, string ReportFile, IReadOnlyList<ReportChart> Charts, GateReport Gates)
{
    public const string FileName = "report.md";
}
