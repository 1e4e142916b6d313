using System.Text;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContinuousMl.Reports;

/// <summary>
/// A Markdown report and the URLs written in it, with their exact positions so they can be replaced without
/// touching anything else. CML re-serialises the whole document (and so rewrites bullets, emphasis and escapes);
/// splicing keeps every other character of the user's text as it was.
/// </summary>
public sealed class ReportDocument
{
    // Pipe tables: links in table cells must be found the way GitHub and GitLab render them.
    // Footnotes: on those forges `[^1]: ./a.png` is a footnote whose text happens to be a path, not a
    // link definition, so it is not published.
    // Raw HTML stays enabled so `<img src>` and the contents of HTML blocks stay HTML, as they do for CML.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseFootnotes()
        .Build();

    private ReportDocument(string source, IReadOnlyList<LinkReference> references)
    {
        Source = source;
        References = references;
    }

    /// <summary>The Markdown text as given.</summary>
    public string Source { get; }

    /// <summary>
    /// Every inline image, inline link and link reference definition with a non-empty URL, in source order.
    /// Reference-style images and links are represented by their definition, which holds the URL text.
    /// </summary>
    public IReadOnlyList<LinkReference> References { get; }

    /// <summary>Parses <paramref name="markdown"/> and locates the URLs in it.</summary>
    public static ReportDocument Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        MarkdownDocument document = Markdown.Parse(markdown, Pipeline);
        var references = new List<LinkReference>();
        foreach (MarkdownObject node in document.Descendants())
        {
            switch (node)
            {
                // A reference-style link reports the definition's URL span as its own; the definition is
                // listed separately, so taking it here too would splice the same text twice.
                case LinkInline { Reference: null, IsAutoLink: false } link:
                    Add(references, markdown, link.IsImage ? LinkReferenceKind.Image : LinkReferenceKind.Link, link.Url, link.UrlSpan);
                    break;
                case LinkReferenceDefinition definition when definition is not FootnoteLinkReferenceDefinition:
                    Add(references, markdown, LinkReferenceKind.Definition, definition.Url, definition.UrlSpan);
                    break;
            }
        }

        references.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return new ReportDocument(markdown, references.AsReadOnly());
    }

    /// <summary>
    /// Returns the source with the URL of each given reference replaced, written so Markdown reads back the new
    /// URL. Every character outside the replaced URL texts stays as it was.
    /// </summary>
    /// <exception cref="ArgumentException">A key is not one of <see cref="References"/>.</exception>
    public string Splice(IReadOnlyDictionary<LinkReference, string> replacements)
    {
        ArgumentNullException.ThrowIfNull(replacements);
        if (replacements.Count == 0)
        {
            return Source;
        }

        var builder = new StringBuilder(Source.Length + (replacements.Count * 64));
        int copied = 0;
        int used = 0;
        foreach (LinkReference reference in References)
        {
            if (!replacements.TryGetValue(reference, out string? url))
            {
                continue;
            }

            used++;
            builder.Append(Source, copied, reference.Start - copied);
            builder.Append(LinkDestinationWriter.Write(url, reference.IsAngleBracketed));
            copied = reference.Start + reference.Length;
        }

        if (used != replacements.Count)
        {
            throw new ArgumentException("Every replacement must be for a reference of this document.", nameof(replacements));
        }

        builder.Append(Source, copied, Source.Length - copied);
        return builder.ToString();
    }

    private static void Add(List<LinkReference> references, string source, LinkReferenceKind kind, string? url, SourceSpan span)
    {
        if (string.IsNullOrEmpty(url) || span.IsEmpty || span.Start < 0 || span.End >= source.Length)
        {
            return;
        }

        int start = span.Start;
        int length = span.Length;

        // Markdig's UrlSpan of `<my plot.png>` includes the brackets (and UrlHasPointyBrackets stays false), but a
        // replacement belongs inside them.
        bool bracketed = length >= 2 && source[start] == '<' && source[span.End] == '>';
        if (bracketed)
        {
            start++;
            length -= 2;
        }

        // Only splice text that provably is this URL: its Markdown reading must give Markdig's URL. A span
        // that fails this (a Markdig quirk we have not met yet) is left alone rather than risk corrupting the text.
        string written = source.Substring(start, length);
        string value = HtmlHelper.Unescape(written);
        if (value != url && HtmlHelper.Unescape(RemoveBackslashEscapes(written)) != url)
        {
            return;
        }

        references.Add(new LinkReference(kind, value, start, length, bracketed));
    }

    // Markdig reads an inline destination by dropping backslash escapes first and decoding entities after, so
    // `a\&copy;` comes out as `a©` where CommonMark (and GitHub) read `a&copy;`. Accepting that reading too keeps
    // such links; the reference then carries the CommonMark reading, which is what the forge will show.
    private static string RemoveBackslashEscapes(string text)
    {
        if (!text.Contains('\\'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~')
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
