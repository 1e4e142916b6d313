using System.Text;
using Markdig;
using Markdig.Syntax;

namespace ContinuousMl.Reports;

/// <summary>
/// The first, lossless step of fitting a report: the body of every large section (the blocks under a heading, up
/// to the next heading) goes into a <c>&lt;details&gt;</c> block, so the comment opens on its headline and its
/// small sections. Headings stay outside, so their anchors and the outline keep working. Only for forges that
/// render HTML.
/// </summary>
public static class SectionFolder
{
    /// <summary>What the fold's toggle says; a count would go stale once later steps cut rows inside it.</summary>
    public const string Summary = "Show section";

    /// <summary>Folds each section whose body is longer than <paramref name="threshold"/> characters.</summary>
    /// <returns>The folded report, or <paramref name="report"/> itself when no section is that large.</returns>
    public static string Fold(string report, int threshold)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = Markdown.Parse(report, MarkdownBlocks.Pipeline);
        var headings = document.OfType<HeadingBlock>().ToList();
        StringBuilder? folded = null;
        var copied = 0;
        for (var i = 0; i < headings.Count; i++)
        {
            var bodyStart = Math.Min(headings[i].Span.End + 1, report.Length);
            var bodyEnd = i + 1 < headings.Count ? headings[i + 1].Span.Start : report.Length;
            var (start, end) = TrimBlankLines(report, bodyStart, bodyEnd);
            if (end - start <= threshold || RunsToTheEnd(document, report, bodyEnd))
            {
                continue;
            }

            folded ??= new StringBuilder(report.Length + (headings.Count * 64));
            folded.Append(report, copied, bodyStart - copied)
                .Append("\n\n<details><summary>").Append(Summary).Append("</summary>\n\n")
                .Append(report, start, end - start)
                .Append("\n\n</details>\n\n");
            copied = bodyEnd;
        }

        return folded is null ? report : folded.Append(report, copied, report.Length - copied).ToString();
    }

    /// <summary>
    /// True when the section's last block is an unclosed fence or HTML block: it runs to the end of the report,
    /// so a closing <c>&lt;/details&gt;</c> after it would become part of it.
    /// </summary>
    private static bool RunsToTheEnd(MarkdownDocument document, string report, int bodyEnd)
    {
        if (bodyEnd < report.Length || document.LastChild is not { } last)
        {
            return false;
        }

        return last switch
        {
            FencedCodeBlock fence => fence.ClosingFencedCharCount == 0,
            HtmlBlock html => html.Type is not HtmlBlockType.InterruptingBlock and not HtmlBlockType.NonInterruptingBlock,
            _ => false,
        };
    }

    // Leading blank lines go, but not the first line's indentation: it may make an indented code block.
    private static (int Start, int End) TrimBlankLines(string report, int start, int end)
    {
        var lineStart = start;
        for (var i = start; i < end; i++)
        {
            if (report[i] == '\n')
            {
                lineStart = i + 1;
            }
            else if (!char.IsWhiteSpace(report[i]))
            {
                break;
            }
        }

        var trimmedEnd = end;
        while (trimmedEnd > lineStart && char.IsWhiteSpace(report[trimmedEnd - 1]))
        {
            trimmedEnd--;
        }

        return (Math.Min(lineStart, trimmedEnd), trimmedEnd);
    }

}
