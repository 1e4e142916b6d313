using System.Text;

namespace ContinuousMl.Metrics;

/// <summary>Writes a table for a terminal: columns aligned and two spaces apart, no rules, no trailing spaces.</summary>
public static class PlainTableWriter
{
    public static string Write(DiffTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var lines = new List<IReadOnlyList<string>> { table.Headers };
        lines.AddRange(table.Rows.Select(row => (IReadOnlyList<string>)row.Select(cell => cell.ReplaceLineEndings(" ")).ToList()));
        var widths = table.Headers.Select((_, i) => lines.Max(line => DisplayWidth.Of(line[i]))).ToList();
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var cells = line.Select((cell, i) => DisplayWidth.PadRight(cell, widths[i]));
            text.Append(string.Join("  ", cells).TrimEnd()).Append('\n');
        }

        return text.ToString();
    }
}
