using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ContinuousMl.Tests.Reports;

/// <summary>Structural checks on fitted Markdown: what a forge would break on, read the way Markdig reads it.</summary>
internal static partial class MarkdownStructure
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UsePipeTables().Build();

    /// <summary>Every fenced code block is closed before the text ends.</summary>
    public static void AssertFencesClosed(string markdown)
    {
        foreach (var fence in Markdown.Parse(markdown, Pipeline).Descendants<FencedCodeBlock>())
        {
            Assert.True(fence.ClosingFencedCharCount > 0, $"a fence opened at line {fence.Line + 1} is never closed");
        }
    }

    /// <summary>As many <c>&lt;/details&gt;</c> as <c>&lt;details&gt;</c>, never closing one that is not open.</summary>
    public static void AssertDetailsBalanced(string markdown)
    {
        var depth = 0;
        foreach (Match tag in DetailsTag().Matches(markdown))
        {
            depth += tag.Value.StartsWith("</", StringComparison.Ordinal) ? -1 : 1;
            Assert.True(depth >= 0, $"</details> at {tag.Index} closes nothing");
        }

        Assert.Equal(0, depth);
    }

    /// <summary>The top-level tables, each as its lines.</summary>
    public static IReadOnlyList<string[]> Tables(string markdown) =>
        Markdown.Parse(markdown, Pipeline).OfType<Table>()
            .Select(table => markdown.Substring(table.Span.Start, table.Span.Length).TrimEnd('\n').Split('\n'))
            .ToList();

    public static int Count(string text, string value) => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    [GeneratedRegex("</?details[\\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex DetailsTag();
}
