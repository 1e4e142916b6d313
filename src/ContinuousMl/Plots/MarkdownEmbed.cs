namespace ContinuousMl.Plots;

/// <summary>The Markdown that shows an image, safe for any title and path.</summary>
public static class MarkdownEmbed
{
    public static string Image(string alt, string path)
    {
        var text = alt.Replace("\\", "\\\\").Replace("[", "\\[").Replace("]", "\\]").ReplaceLineEndings(" ");
        var destination = path.Replace('\\', '/');
        if (destination.IndexOfAny([' ', '(', ')', '<', '>']) >= 0)
        {
            destination = "<" + destination.Replace("<", "%3C").Replace(">", "%3E") + ">";
        }

        return $"![{text}]({destination})";
    }
}
