using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ContinuousMl.Errors;

namespace ContinuousMl.Reports;

/// <summary>
/// A report's Markdown with <c>{{name}}</c> placeholders (blanks inside the braces allowed) that <c>cml report</c>
/// fills. Everything else is copied as written. A line holding only a placeholder whose value is empty is dropped
/// with one blank line around it, so an empty <c>{{notes}}</c> leaves no gap. <c>\{{</c> writes a literal
/// <c>{{</c>. An unknown name is an error, so a typo does not silently vanish from the report.
/// </summary>
public sealed partial class ReportTemplate
{
    /// <summary>The default template, shipped as <c>templates/reports/default.md</c> and embedded in the assembly.</summary>
    public const string DefaultPath = "templates/reports/default.md";

    private const string DefaultResource = "ContinuousMl.Reports.default.md";

    /// <summary>The placeholders <c>cml report</c> fills, and what each becomes.</summary>
    public static readonly IReadOnlyDictionary<string, string> Placeholders = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["verdict"] = "the headline: quality gates passed or failed, else how many metrics got better or worse",
        ["metrics"] = "the metrics diff table (changed metrics; gate failures marked)",
        ["params"] = "the params diff table",
        ["charts"] = "every chart: Mermaid, tables or images, per forge",
        ["notes"] = "the file given with --append, as written",
        ["base"] = "what was compared with: a branch, a commit or a folder",
        ["commit"] = "the commit the report is about (short sha)",
    };

    private readonly string text;

    private ReportTemplate(string text, string source)
    {
        this.text = text;
        Source = source;
    }

    /// <summary>Where the template came from, for messages.</summary>
    public string Source { get; }

    /// <summary>Checks every placeholder of <paramref name="text"/>.</summary>
    /// <exception cref="CmlException">A placeholder names nothing <c>cml report</c> fills.</exception>
    public static ReportTemplate Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in Placeholder().Matches(text))
        {
            if (!match.Groups["escape"].Success && !Placeholders.ContainsKey(match.Groups["name"].Value))
            {
                var line = text.AsSpan(0, match.Index).Count('\n') + 1;
                throw new CmlException(
                    $"{source}:{line.ToString(CultureInfo.InvariantCulture)}: unknown placeholder {match.Value}; the template may use " +
                    string.Join(", ", Placeholders.Keys.Select(name => "{{" + name + "}}")));
            }
        }

        return new ReportTemplate(text, source);
    }

    /// <summary>The template built into <c>cml</c>, so the binary works outside this repository.</summary>
    public static ReportTemplate Default()
    {
        using var stream = typeof(ReportTemplate).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"the default report template ({DefaultResource}) is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd(), DefaultPath);
    }

    /// <summary>The template with every placeholder replaced; names missing from <paramref name="values"/> become empty.</summary>
    public string Render(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var output = new List<string>(lines.Length);
        var skipBlank = false;
        foreach (var line in lines)
        {
            if (skipBlank && line.Trim().Length == 0)
            {
                skipBlank = false;
                continue;
            }

            skipBlank = false;
            var whole = Placeholder().Match(line.Trim());
            if (whole.Success && whole.Length == line.Trim().Length && !whole.Groups["escape"].Success
                && Value(values, whole.Groups["name"].Value).Trim().Length == 0)
            {
                // The blank line after it goes too, so the blocks around it keep one blank line between them.
                skipBlank = true;
                continue;
            }

            output.Add(Placeholder().Replace(line, match => match.Groups["escape"].Success
                ? match.Value[1..]
                : Value(values, match.Groups["name"].Value).TrimEnd('\n')));
        }

        while (output.Count > 0 && output[^1].Trim().Length == 0)
        {
            output.RemoveAt(output.Count - 1);
        }

        return string.Join('\n', output) + "\n";
    }

    private static string Value(IReadOnlyDictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) ? value : string.Empty;

    [GeneratedRegex(@"(?<escape>\\)?\{\{\s*(?<name>[A-Za-z_][A-Za-z0-9_-]*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
