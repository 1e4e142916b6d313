using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContinuousMl.Reports;

/// <summary>
/// Fits a report into a size limit instead of letting the forge reject it. A report that fits is returned as is;
/// one that does not degrades in order, least lossy first: large sections are folded into <c>&lt;details&gt;</c>
/// (where HTML renders), then long tables lose rows with a line saying how many, then the tail is replaced by a
/// pointer to the full report. No step cuts inside a table row, a code fence or an HTML block, and a
/// <c>&lt;details&gt;</c> left open by the cut is closed.
/// </summary>
public static partial class ReportBudget
{
    /// <summary>A section whose body is larger than this share of the limit is folded (but at least <see cref="MinimumFoldSize"/>).</summary>
    public const int FoldDivisor = 32;

    public const int MinimumFoldSize = 2_000;

    private const string DetailsCloser = "\n\n</details>";

    /// <summary>Fits <paramref name="report"/> into <paramref name="limit"/> with every degradation step.</summary>
    /// <param name="report">The Markdown to post (without the watermark).</param>
    /// <param name="limit">Where it goes; its size is what the report may take.</param>
    /// <param name="fullReportLocation">Where a reader finds the whole report, e.g. "in the job summary of …".</param>
    public static FittedReport Fit(string report, ReportLimit limit, string fullReportLocation)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(limit);
        var originalSize = limit.Measure(report);
        if (originalSize <= limit.MaxSize)
        {
            return new FittedReport(report, DegradationStages.None, originalSize);
        }

        var text = report;
        var stages = DegradationStages.None;
        if (limit.RendersHtml)
        {
            var folded = SectionFolder.Fold(text, Math.Max(MinimumFoldSize, limit.MaxSize / FoldDivisor));
            if (!ReferenceEquals(folded, text))
            {
                text = folded;
                stages |= DegradationStages.SectionsFolded;
            }
        }

        if (limit.Measure(text) > limit.MaxSize)
        {
            var truncated = TableTruncator.Truncate(text, limit, fullReportLocation);
            if (!ReferenceEquals(truncated, text))
            {
                text = truncated;
                stages |= DegradationStages.TablesTruncated;
            }
        }

        if (limit.Measure(text) > limit.MaxSize)
        {
            text = CutTail(text, limit, fullReportLocation);
            stages |= DegradationStages.TailCut;
        }

        return new FittedReport(text, stages, originalSize);
    }

    /// <summary>
    /// The last step alone: cuts <paramref name="report"/> after the last whole top-level block that fits
    /// <paramref name="budget"/> characters and says what was cut. For places where folding and table cuts do not
    /// apply (a check's plain-text details).
    /// </summary>
    /// <param name="report">The Markdown to post (without the watermark).</param>
    /// <param name="budget">The characters the report may take.</param>
    /// <param name="fullReportLocation">Where a reader finds the whole report, e.g. a file in the job's workspace.</param>
    public static string Fit(string report, int budget, string fullReportLocation)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Length <= budget
            ? report
            : CutTail(report, new ReportLimit("comment", budget, ReportSizeUnit.Characters, RendersHtml: true), fullReportLocation);
    }

    private static string CutTail(string report, ReportLimit limit, string location)
    {
        var totalSize = limit.Measure(report);
        var document = Markdown.Parse(report, MarkdownBlocks.Pipeline);

        // The notice's length depends on the number it states; reserve room for the largest it can be, and for
        // closing every <details> the report opens.
        var openers = document.Sum(block => DetailsBalance(report, block).Opened);
        var reserve = limit.Measure(Notice(totalSize, limit, location)) + (openers * DetailsCloser.Length);
        var room = Math.Max(0, limit.MaxSize - reserve);
        var (cut, open) = CutPoint(report, document, room, limit);
        var kept = report[..cut].TrimEnd();
        var keptSize = limit.Measure(kept);
        for (var i = 0; i < Math.Min(open, openers); i++)
        {
            kept += DetailsCloser;
        }

        return kept + Notice(totalSize - keptSize, limit, location);
    }

    private static string Notice(int cutSize, ReportLimit limit, string location) =>
        $"\n\n> **Note:** this report was shortened to fit the {limit.Surface} size limit ({limit.Describe(limit.MaxSize)}): " +
        $"the last {limit.Describe(cutSize)} were left out. The full report is {location}.";

    /// <summary>
    /// The end of the last top-level block that fits (inside a first block too large, the last safe line break), and
    /// how many <c>&lt;details&gt;</c> the kept blocks leave open.
    /// </summary>
    private static (int Cut, int OpenDetails) CutPoint(string report, MarkdownDocument document, int room, ReportLimit limit)
    {
        var best = 0;
        var open = 0;
        var measured = 0;
        var measuredUpTo = 0;
        foreach (var block in document)
        {
            var end = Math.Min(block.Span.End + 1, report.Length);
            measured += limit.Measure(report.AsSpan(measuredUpTo, end - measuredUpTo));
            measuredUpTo = end;
            if (measured > room)
            {
                // Rows, list items and paragraph lines end at line breaks, so a cut there breaks no construct.
                if (best == 0 && block is ParagraphBlock or ListBlock or QuoteBlock or Table)
                {
                    best = LastLineBreak(report, block.Span.Start, room, limit);
                }

                break;
            }

            var (opened, closed) = DetailsBalance(report, block);
            open = Math.Max(0, open + opened - closed);
            best = end;
        }

        return (best, open);
    }

    /// <summary>The <c>&lt;details&gt;</c> tags a block opens and closes as HTML (not those shown in code).</summary>
    private static (int Opened, int Closed) DetailsBalance(string report, Block block)
    {
        if (block is HtmlBlock)
        {
            var html = report.AsSpan(block.Span.Start, Math.Min(block.Span.Length, report.Length - block.Span.Start));
            return (DetailsOpener().Count(html), DetailsCloserPattern().Count(html));
        }

        if (block is LeafBlock { Inline: { } inline })
        {
            var opened = 0;
            var closed = 0;
            foreach (var tag in inline.Descendants<HtmlInline>())
            {
                opened += DetailsOpener().Count(tag.Tag ?? string.Empty);
                closed += DetailsCloserPattern().Count(tag.Tag ?? string.Empty);
            }

            return (opened, closed);
        }

        return (0, 0);
    }

    /// <summary>The last line break after <paramref name="start"/> whose prefix fits <paramref name="room"/>.</summary>
    private static int LastLineBreak(string report, int start, int room, ReportLimit limit)
    {
        var best = start;
        var measured = limit.Measure(report.AsSpan(0, start));
        var position = start;
        while (position < report.Length)
        {
            var lineBreak = report.IndexOf('\n', position + 1);
            if (lineBreak < 0)
            {
                break;
            }

            measured += limit.Measure(report.AsSpan(position, lineBreak - position));
            if (measured > room)
            {
                break;
            }

            best = lineBreak;
            position = lineBreak;
        }

        return best;
    }

    [GeneratedRegex("<details[\\s>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DetailsOpener();

    [GeneratedRegex("</details\\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DetailsCloserPattern();
}
