using System.Net;
using System.Text;
using ContinuousMl.Assets;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContinuousMl.Reports;

/// <summary>
/// A one-file HTML preview of a report, to look at before pushing: Markdown as GitHub renders it (pipe tables, task
/// lists, autolinks, strikethrough), a GitHub-like style sheet inlined, local images inlined as <c>data:</c> URLs.
/// Mermaid blocks are drawn only when a script URL is given (the page then loads it); otherwise they show as code,
/// and the preview loads nothing from the network.
/// </summary>
public static class ReportHtmlWriter
{
    /// <param name="markdown">The report.</param>
    /// <param name="reportDirectory">Where the report's relative image paths start.</param>
    /// <param name="guard">Keeps inlined files inside the workspace, as publishing does.</param>
    /// <param name="mermaidScriptUrl">Mermaid's script (e.g. from a CDN); null to leave Mermaid blocks as code.</param>
    /// <param name="title">The page title.</param>
    public static string Write(string markdown, string reportDirectory, WorkspaceGuard guard, string? mermaidScriptUrl, string title)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(guard);
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseTaskLists()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
        if (mermaidScriptUrl is not null)
        {
            builder.UseDiagrams();
        }

        var pipeline = builder.Build();
        var document = Markdown.Parse(markdown, pipeline);
        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage && link.Url is { Length: > 0 }))
        {
            if (Inline(image.Url!, reportDirectory, guard) is { } dataUrl)
            {
                image.Url = dataUrl;
            }
        }

        using var body = new StringWriter();
        var renderer = new HtmlRenderer(body);
        pipeline.Setup(renderer);
        renderer.Render(document);
        body.Flush();

        var html = new StringBuilder(body.GetStringBuilder().Length + ReportHtmlStyle.Css.Length + 512);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n")
            .Append("<style>\n").Append(ReportHtmlStyle.Css).Append("\n</style>\n</head>\n<body>\n<article class=\"markdown-body\">\n")
            .Append(body.GetStringBuilder())
            .Append("</article>\n");
        if (mermaidScriptUrl is not null)
        {
            html.Append("<script src=\"").Append(WebUtility.HtmlEncode(mermaidScriptUrl)).Append("\"></script>\n")
                .Append("<script>mermaid.initialize({ startOnLoad: true });</script>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>The image as a data URL, or null to leave the link as is (remote, already data, missing or outside).</summary>
    private static string? Inline(string url, string reportDirectory, WorkspaceGuard guard)
    {
        if (DataUrl.IsImage(url))
        {
            return null;
        }

        AssetLocation location;
        try
        {
            location = guard.Resolve(reportDirectory, url, "image");
        }
        catch (Errors.CmlException)
        {
            // A preview shows what it can; posting is where such a path is refused.
            return null;
        }

        if (location.Kind != AssetLocationKind.Local)
        {
            return null;
        }

        byte[] content;
        try
        {
            content = File.ReadAllBytes(location.RealPath!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return $"data:{MediaTypeSniffer.Sniff(content, location.FullPath!)};base64,{Convert.ToBase64String(content)}";
    }
}
