using System.Text;
using System.Text.Json;

namespace ContinuousMl.Assets;

/// <summary>
/// Picks the media type of a file to publish from its first bytes, the way CML's libmagic lookup does for the
/// types reports contain. The type decides how a forge serves the file (inline image or download), so the bytes
/// are trusted over the name; the extension only settles what bytes cannot (CSV versus any other text).
/// </summary>
public static class MediaTypeSniffer
{
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Gif = "image/gif";
    public const string Webp = "image/webp";
    public const string Pdf = "application/pdf";
    public const string Svg = "image/svg+xml";
    public const string Json = "application/json";
    public const string Csv = "text/csv";
    public const string Tsv = "text/tab-separated-values";
    public const string PlainText = "text/plain";
    public const string Binary = "application/octet-stream";

    // An SVG's root element normally comes within a comment or two of the start; scanning further would let
    // any XML that merely mentions "<svg" pass as an image.
    private const int SvgRootSearchLimit = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the media type of <paramref name="content"/>, named <paramref name="fileName"/>.</summary>
    public static string Sniff(ReadOnlySpan<byte> content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);

        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return Webp;
        }

        if (content.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (!IsText(content))
        {
            return Binary;
        }

        ReadOnlySpan<byte> text = content.StartsWith("\uFEFF"u8) ? content[3..] : content;
        text = text.TrimStart(" \t\r\n"u8);

        if (IsSvg(text))
        {
            return Svg;
        }

        if ((text.StartsWith("{"u8) || text.StartsWith("["u8)) && IsJson(text))
        {
            return Json;
        }

        string extension = Path.GetExtension(fileName);
        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return Csv;
        }

        if (extension.Equals(".tsv", StringComparison.OrdinalIgnoreCase))
        {
            return Tsv;
        }

        return PlainText;
    }

    private static bool IsText(ReadOnlySpan<byte> content)
    {
        try
        {
            StrictUtf8.GetCharCount(content);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        // NUL and most C0 controls never appear in text files but fill binary formats, which are often also
        // valid UTF-8 by accident (a run of zeros is).
        foreach (byte b in content)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSvg(ReadOnlySpan<byte> text)
    {
        if (StartsWithElement(text, "<svg"u8))
        {
            return true;
        }

        // A prolog, doctype or comment may come before the root element.
        if (!text.StartsWith("<?xml"u8) && !text.StartsWith("<!"u8))
        {
            return false;
        }

        ReadOnlySpan<byte> head = text[..Math.Min(text.Length, SvgRootSearchLimit)];
        int at = head.IndexOf("<svg"u8);
        return at >= 0 && StartsWithElement(head[at..], "<svg"u8);
    }

    // "<svg" followed by the end of its name, so "<svgfoo>" is not an SVG root.
    private static bool StartsWithElement(ReadOnlySpan<byte> text, ReadOnlySpan<byte> open) =>
        text.StartsWith(open)
        && (text.Length == open.Length || text[open.Length] is (byte)' ' or (byte)'>' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/');

    private static bool IsJson(ReadOnlySpan<byte> text)
    {
        try
        {
            // The reader validates the whole document without building objects, so large metric dumps cost
            // little and no reflection is involved.
            var reader = new Utf8JsonReader(text, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
