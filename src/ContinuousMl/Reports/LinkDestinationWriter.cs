using System.Text;

namespace ContinuousMl.Reports;

/// <summary>
/// Writes a URL so that Markdown reads back exactly that URL when it is put where another destination was.
/// </summary>
internal static class LinkDestinationWriter
{
    /// <param name="url">The URL to write.</param>
    /// <param name="insideAngleBrackets">
    /// The slot is already between <c>&lt;</c> and <c>&gt;</c> in the source (those stay as they are).
    /// </param>
    public static string Write(string url, bool insideAngleBrackets)
    {
        // A bare destination ends at the first space and cannot be empty in a definition, so both need the
        // bracketed form; we add the brackets ourselves when the slot has none.
        bool wrap = !insideAngleBrackets && (url.Length == 0 || url.Contains(' '));
        bool bracketed = insideAngleBrackets || wrap;

        var builder = new StringBuilder(url.Length + 8);
        if (wrap)
        {
            builder.Append('<');
        }

        for (int i = 0; i < url.Length; i++)
        {
            char c = url[i];
            switch (c)
            {
                // Line breaks end a destination in either form, and other control characters have no business
                // in a URL; percent-encoding keeps the URL meaning the same.
                case < ' ' or '\u007f':
                // In a table row the pipe would split the cell before inline parsing even sees the link.
                case '|':
                    builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case '\\':
                case '<' or '>':
                    builder.Append('\\').Append(c);
                    break;
                case '(' or ')' when !bracketed:
                    builder.Append('\\').Append(c);
                    break;
                // `&amp;` rather than `\&`: Markdig (unlike CommonMark) decodes the entity after dropping the
                // backslash, and every renderer agrees on `&amp;`.
                case '&' when LooksLikeEntity(url, i):
                    builder.Append("&amp;");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        if (wrap)
        {
            builder.Append('>');
        }

        return builder.ToString();
    }

    // `&copy;` or `&#32;` would be decoded by Markdown; `&b=2` is not an entity and stays readable.
    private static bool LooksLikeEntity(string text, int ampersand)
    {
        int i = ampersand + 1;
        if (i < text.Length && text[i] == '#')
        {
            i++;
        }

        int nameStart = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i > nameStart && i < text.Length && text[i] == ';';
    }
}
