namespace ContinuousMl.Plots;

/// <summary>One chart written: where to, and the Markdown that shows it in a report.</summary>
/// <param name="Path">The image file, or the Markdown file a Mermaid chart was written to; null when only printed.</param>
/// <param name="Markdown">What to append to the report: <c>![title](loss.png)</c> or the Mermaid block and its legend.</param>
public sealed record RenderedChart(string Title, string? Path, string Markdown);
