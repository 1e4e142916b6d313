namespace ContinuousMl.Reports;

/// <summary>A report whose local assets were published.</summary>
/// <param name="Markdown">The report with the published URLs spliced in; the input itself when nothing was published.</param>
/// <param name="Assets">What was uploaded, in order of first reference.</param>
public sealed record PublishedReport(string Markdown, IReadOnlyList<PublishedAsset> Assets);
