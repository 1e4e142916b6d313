using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ContinuousMl.Reports;

/// <summary>
/// Fits a report into a forge's size limit instead of letting the forge reject it: the report is cut after the
/// last whole top-level block that fits (never inside a table row, a code fence or an HTML block) and a line
/// says what was cut and where the full report is.
/// </summary>
public static class ReportBudget
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UsePipeTables().Build();

    /// <param name="report">The Markdown to post (without the watermark).</param>
    /// <param name="budget">The characters the report may take.</param>
    /// <param name="fullReportLocation">Where a reader finds the whole report, e.g. a file in the job's workspace.</param>
    public static string Fit(string report, int budget, string fullReportLocation)
    {
        if (report.Length <= budget)
        {
            return report;
        }

        // The notice's length depends on the number it states; reserve room for the largest it can be.
        var reserve = Notice(report.Length, budget, fullReportLocation).Length;
        var room = Math.Max(0, budget - reserve);
        var cut = CutPoint(report, room);
        var kept = report[..cut].TrimEnd();
        return kept + Notice(report.Length - kept.Length, budget, fullReportLocation);
    }

    private static string Notice(int cutCharacters, int budget, string location) =>
        $"\n\n> **Note:** this report was shortened to fit the comment size limit ({budget:N0} characters): the last {cutCharacters:N0} characters were left out. The full report is {location}.";

    /// <summary>The end of the last top-level block that fits; inside a first block too large, the last safe line break.</summary>
    private static int CutPoint(string report, int room)
    {
        var document = Markdown.Parse(report, Pipeline);
        var best = 0;
        foreach (var block in document)
        {
            var end = block.Span.End + 1;
            if (end > room)
            {
                // Rows, list items and paragraph lines end at line breaks, so a cut there breaks no construct.
                if (best == 0 && block is ParagraphBlock or ListBlock or QuoteBlock or Table)
                {
                    best = LastLineBreak(report, block.Span.Start, room);
                }

                break;
            }

            best = end;
        }

        return best;
    }

    private static int LastLineBreak(string report, int start, int room)
    {
        var index = report.LastIndexOf('\n', Math.Max(start, room - 1), Math.Max(0, room - start));
        return index > start ? index : start;
    }
}
