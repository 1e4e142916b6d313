using System.Text;
using ContinuousMl.Reports;

namespace ContinuousMl.Assets;

/// <summary>
/// What <c>cml asset publish</c> prints for an uploaded file, by CML's rules: the bare URL; with <c>--md</c>, an
/// image or video as <c>![](url "title")</c> (no title part when the title is empty) and anything else as
/// <c>[title](url)</c>. Unlike CML, a title or URL that would break the Markdown (a quote, a bracket, a space)
/// is escaped, so the link always reads back as written.
/// </summary>
public static class AssetLinkFormatter
{
    public static string Format(string url, string mediaType, bool markdown, string? title)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(mediaType);
        if (!markdown)
        {
            return url;
        }

        title ??= string.Empty;
        var destination = LinkDestinationWriter.Write(url, insideAngleBrackets: false);
        if (IsImageOrVideo(mediaType))
        {
            return title.Length == 0 ? $"![]({destination})" : $"![]({destination} \"{Escape(title, "\\\"")}\")";
        }

        return $"[{Escape(title, "\\[]")}]({destination})";
    }

    /// <summary>CML's test, <c>(image|video)/.*</c>: these render inline, everything else is a link.</summary>
    public static bool IsImageOrVideo(string mediaType) =>
        mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) || mediaType.StartsWith("video/", StringComparison.OrdinalIgnoreCase);

    private static string Escape(string text, string special)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            // A line break would end the link; a title is one line.
            builder.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return builder.ToString();
    }
}
