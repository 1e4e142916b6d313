using System.Text;

namespace ContinuousMl.Metrics;

/// <summary>
/// Writes a table as <c>dvc metrics diff --md</c> does (tabulate's "github" style): every cell left-aligned and padded,
/// each column at least its header plus two wide, a dashed rule under the header, then a blank line. With no rows it
/// is the header alone. Pipes in cells are escaped so a name cannot break the table.
/// </summary>
public static class MarkdownTableWriter
{
    public static string Write(DiffTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var headers = table.Headers.Select(Escape).ToList();
        var rows = table.Rows.Select(row => row.Select(Escape).ToArray()).ToList();
        var widths = headers.Select((header, i) => Math.Max(DisplayWidth.Of(header) + 2, rows.Count == 0 ? 0 : rows.Max(row => DisplayWidth.Of(row[i])))).ToList();

        var text = new StringBuilder();
        Line(text, headers, widths);
        text.Append('|');
        foreach (var width in widths)
        {
            text.Append('-', width + 2).Append('|');
        }

        text.Append('\n');
        foreach (var row in rows)
        {
            Line(text, row, widths);
        }

        return text.Append('\n').ToString();
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> cells, IReadOnlyList<int> widths)
    {
        text.Append('|');
        for (var i = 0; i < cells.Count; i++)
        {
            var padding = Math.Max(0, widths[i] - DisplayWidth.Of(cells[i]));
            text.Append(' ').Append(cells[i]).Append(' ', padding).Append(" |");
        }

        text.Append('\n');
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
