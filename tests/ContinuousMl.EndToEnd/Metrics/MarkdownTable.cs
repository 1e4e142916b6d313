namespace ContinuousMl.EndToEnd.Metrics;

/// <summary>Reads a printed GitHub-flavoured Markdown table back into trimmed cells.</summary>
internal sealed record MarkdownTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static MarkdownTable Parse(string markdown)
    {
        var lines = markdown.Split('\n').Where(line => line.StartsWith('|')).ToList();
        Assert.True(lines.Count >= 2, "no Markdown table in:\n" + markdown);
        Assert.Matches(@"^\|(-+\|)+$", lines[1]);
        return new MarkdownTable(Cells(lines[0]), lines.Skip(2).Select(Cells).ToList());
    }

    /// <summary>The row whose <paramref name="column"/> cell is <paramref name="value"/>.</summary>
    public IReadOnlyList<string> Row(string column, string value)
    {
        var index = Headers.ToList().IndexOf(column);
        Assert.True(index >= 0, $"no column {column}");
        return Assert.Single(Rows, row => row[index] == value);
    }

    private static List<string> Cells(string line) =>
        line.Trim().Trim('|').Split(" | ").Select(cell => cell.Trim()).ToList();
}
