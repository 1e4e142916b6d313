using System.Text;

namespace ContinuousMl.Comments;

/// <summary>
/// The marker CML appends to every comment so a later run can find it again. Byte-compatible with CML 0.20.6
/// (a Markdown image, not an HTML comment: DVC Studio looks for it), so CML finds our comments and we find theirs.
/// </summary>
public sealed class Watermark
{
    public const string ImageUrl = "https://cml.dev/watermark.png";

    private const string ImageWithShaPrefix = "![](" + ImageUrl + "#";

    // What follows the sha in a watermark with this title.
    private readonly string titleSuffix;

    /// <param name="label">The <c>--watermark-title</c>; <c>{workflow}</c> and <c>{run}</c> are replaced once each.</param>
    /// <param name="workflow">The CI's workflow id; CML prints <c>undefined</c> when it is missing.</param>
    /// <param name="run">The CI's run id.</param>
    /// <param name="sha">The commit the report is about; only hex shas can be found again, as in CML.</param>
    public Watermark(string? label, string? workflow, string? run, string? sha)
    {
        var expanded = ReplaceFirst(ReplaceFirst(label ?? string.Empty, "{workflow}", workflow ?? "undefined"), "{run}", run ?? "undefined");
        Title = Escape(("CML watermark " + expanded).Trim());
        Sha = string.IsNullOrEmpty(sha) ? null : sha;
        Text = $"![]({ImageUrl}{(Sha is null ? string.Empty : "#" + Sha)} \"{Title}\")";
        titleSuffix = $" \"{Title}\")";
    }

    /// <summary>The escaped title, e.g. <c>CML watermark custom\_1</c>.</summary>
    public string Title { get; }

    public string? Sha { get; }

    /// <summary>The Markdown image, e.g. <c>![](https://cml.dev/watermark.png#deadbeef "CML watermark")</c>.</summary>
    public string Text { get; }

    /// <summary>The report with the watermark after a blank line, as CML writes it.</summary>
    public string AppendTo(string report) => $"{report}\n\n{Text}";

    /// <summary>
    /// True when <paramref name="body"/> carries a watermark with this title and any hex sha: the rule CML uses
    /// to pick the comment to update.
    /// </summary>
    public bool IsIn(string body)
    {
        // Matched by hand rather than with a regular expression built per title: constructing one is a noticeable
        // part of a native command's start-up, and the pattern is a literal around one run of hex digits.
        ArgumentNullException.ThrowIfNull(body);
        for (var start = body.IndexOf(ImageWithShaPrefix, StringComparison.Ordinal);
             start >= 0;
             start = body.IndexOf(ImageWithShaPrefix, start + 1, StringComparison.Ordinal))
        {
            var hexStart = start + ImageWithShaPrefix.Length;
            var hexEnd = hexStart;
            while (hexEnd < body.Length && char.IsAsciiHexDigit(body[hexEnd]))
            {
                hexEnd++;
            }

            if (hexEnd > hexStart && body.AsSpan(hexEnd).StartsWith(titleSuffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="body"/> carries exactly this watermark, sha included: this run's comment.</summary>
    public bool IsExactlyIn(string body) => body.Contains(Text, StringComparison.Ordinal);

    public override string ToString() => Text;

    private static string ReplaceFirst(string text, string placeholder, string value)
    {
        var index = text.IndexOf(placeholder, StringComparison.Ordinal);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), value, text.AsSpan(index + placeholder.Length));
    }

    // GitHub echoes these characters back escaped, so CML stores the title escaped to match what it reads.
    private static string Escape(string title)
    {
        var builder = new StringBuilder(title.Length + 8);
        foreach (var c in title)
        {
            if (c is '_' or '*' or '[' or '<')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
