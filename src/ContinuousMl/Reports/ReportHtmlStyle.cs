namespace ContinuousMl.Reports;

/// <summary>A small style sheet close to how GitHub shows Markdown, inlined so the preview is one file.</summary>
internal static class ReportHtmlStyle
{
    public const string Css = """
        body { margin: 0; background: #ffffff; color: #1f2328; }
        .markdown-body { box-sizing: border-box; max-width: 980px; margin: 0 auto; padding: 32px 45px;
          font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
          font-size: 16px; line-height: 1.5; word-wrap: break-word; }
        .markdown-body h1, .markdown-body h2 { padding-bottom: .3em; border-bottom: 1px solid #d1d9e0; }
        .markdown-body h1, .markdown-body h2, .markdown-body h3, .markdown-body h4 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
        .markdown-body h1 { font-size: 2em; } .markdown-body h2 { font-size: 1.5em; } .markdown-body h3 { font-size: 1.25em; }
        .markdown-body p, .markdown-body blockquote, .markdown-body ul, .markdown-body ol, .markdown-body table,
        .markdown-body pre, .markdown-body details { margin: 0 0 16px; }
        .markdown-body a { color: #0969da; text-decoration: none; } .markdown-body a:hover { text-decoration: underline; }
        .markdown-body blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
        .markdown-body code { padding: .2em .4em; font-size: 85%; background: #818b981f; border-radius: 6px;
          font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
        .markdown-body pre { padding: 16px; overflow: auto; font-size: 85%; line-height: 1.45; background: #f6f8fa; border-radius: 6px; }
        .markdown-body pre code { padding: 0; background: transparent; font-size: 100%; }
        .markdown-body table { display: block; width: max-content; max-width: 100%; overflow: auto; border-spacing: 0; border-collapse: collapse; }
        .markdown-body th { font-weight: 600; }
        .markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d1d9e0; }
        .markdown-body tr:nth-child(2n) { background: #f6f8fa; }
        .markdown-body img { max-width: 100%; box-sizing: content-box; background: #ffffff; }
        .markdown-body summary { cursor: pointer; }
        .markdown-body .mermaid { margin: 0 0 16px; }
        """;
}
