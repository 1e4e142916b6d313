namespace ContinuousMl.Reports;

/// <summary>One chart of a report.</summary>
/// <param name="Title">The chart's title.</param>
/// <param name="Markdown">What shows it: a Mermaid block and legend, a table, or an image link relative to the report.</param>
/// <param name="File">The image written next to the report, or null for text.</param>
public sealed record ReportChart(string Title, string Markdown, string? File);
