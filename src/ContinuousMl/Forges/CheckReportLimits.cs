namespace ContinuousMl.Forges;

/// <summary>What a forge's check shows of the report.</summary>
/// <param name="MaxCharacters">The longest report the forge keeps.</param>
/// <param name="RendersMarkdown">Whether the report renders as Markdown (images included); when not, its assets are not published.</param>
public sealed record CheckReportLimits(int MaxCharacters, bool RendersMarkdown);
