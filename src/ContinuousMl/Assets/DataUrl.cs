using System.Text;
using ContinuousMl.Errors;

namespace ContinuousMl.Assets;

/// <summary>
/// Turns <c>data:</c> images embedded in a report into assets. Forges strip data URLs from comments, so CML
/// uploads them like files: the media type is the text between <c>:</c> and <c>;</c>, the bytes are the base64
/// after the first <c>,</c>, and the file is called <c>file.&lt;subtype&gt;</c>.
/// </summary>
public static class DataUrl
{
    private const string Scheme = "data:";

    /// <summary>Whether <paramref name="url"/> is a <c>data:image/…</c> URL, the only data URLs CML publishes.</summary>
    public static bool IsImage(string url) => url.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase);

    /// <summary>Decodes a data URL into an asset.</summary>
    /// <exception cref="CmlException">The URL is malformed or its base64 is invalid.</exception>
    public static Asset Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new CmlException($"\"{Abbreviate(url)}\" is not a data URL");
        }

        int comma = url.IndexOf(',', Scheme.Length);
        if (comma < 0)
        {
            throw new CmlException($"data URL \"{Abbreviate(url)}\" has no \",\" before its data");
        }

        string[] header = url[Scheme.Length..comma].Split(';');
        string mediaType = header[0].Trim().ToLowerInvariant();
        int slash = mediaType.IndexOf('/');
        if (slash <= 0 || slash == mediaType.Length - 1 || !IsToken(mediaType.AsSpan(0, slash)) || !IsToken(mediaType.AsSpan(slash + 1)))
        {
            throw new CmlException($"data URL \"{Abbreviate(url)}\" has no valid media type (expected e.g. data:image/png;base64,…)");
        }

        bool base64 = header.Skip(1).Any(static p => p.Trim().Equals("base64", StringComparison.OrdinalIgnoreCase));
        string payload = url[(comma + 1)..];
        byte[] content = base64
            ? DecodeBase64(payload, mediaType)
            // Without ";base64" the data is percent-encoded text, the usual way to inline an SVG.
            : Encoding.UTF8.GetBytes(Uri.UnescapeDataString(payload));
        if (content.Length == 0)
        {
            throw new CmlException($"data URL for {mediaType} has no data");
        }

        return new Asset(FileNameFor(mediaType), mediaType, content);
    }

    // CML names the file after the raw subtype (file.svg+xml); the structured-syntax suffix is dropped so stores
    // that go by extension see ".svg".
    private static string FileNameFor(string mediaType)
    {
        string subtype = mediaType[(mediaType.IndexOf('/') + 1)..];
        int plus = subtype.IndexOf('+');
        return "file." + (plus > 0 ? subtype[..plus] : subtype);
    }

    private static byte[] DecodeBase64(string payload, string mediaType)
    {
        // Some generators percent-encode '+', '/' and '=', or use the URL-safe alphabet without padding.
        string text = payload.Contains('%') ? Uri.UnescapeDataString(payload) : payload;
        var normalized = new StringBuilder(text.Length + 3);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '+' or '/' or '=':
                    normalized.Append(c);
                    break;
                case '-':
                    normalized.Append('+');
                    break;
                case '_':
                    normalized.Append('/');
                    break;
                case ' ' or '\t' or '\r' or '\n':
                    break;
                default:
                    throw new CmlException(
                        $"data URL for {mediaType} has invalid base64: unexpected character '{Printable(c)}' at offset {i} of the data");
            }
        }

        int padding = normalized.Length % 4;
        if (padding == 1)
        {
            throw new CmlException($"data URL for {mediaType} has invalid base64: the data is truncated ({normalized.Length} characters)");
        }

        if (padding != 0 && !normalized.ToString().Contains('='))
        {
            normalized.Append('=', 4 - padding);
        }

        string base64 = normalized.ToString();
        byte[] buffer = new byte[(base64.Length / 4 * 3) + 3];
        if (!Convert.TryFromBase64String(base64, buffer, out int written))
        {
            throw new CmlException($"data URL for {mediaType} has invalid base64: misplaced padding or wrong length");
        }

        return buffer[..written];
    }

    // RFC 2045 token: visible ASCII except separators.
    private static bool IsToken(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c <= ' ' || c >= '\u007f' || "()<>@,;:\\\"/[]?=".Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Printable(char c) => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString();

    private static string Abbreviate(string url) => url.Length <= 48 ? url : url[..48] + "…";
}
