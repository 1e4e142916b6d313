using Markdig.Extensions.Tables;

namespace ContinuousMl.Reports;

/// <summary>
/// A pipe table as lines of its source: the header and delimiter lines, then one line per row. A cut between two
/// of these lines never splits a row.
/// </summary>
/// <param name="Start">Where the table's first line starts.</param>
/// <param name="End">Where its last line ends (its line break excluded).</param>
/// <param name="Rows">The body rows' lines, each from the line break before it to its last character.</param>
internal sealed record TableLines(int Start, int End, IReadOnlyList<TableLines.Line> Rows)
{
    public static TableLines Read(string report, Table table)
    {
        var start = table.Span.Start;
        var end = Math.Min(table.Span.End + 1, report.Length);
        while (end > start && report[end - 1] is '\n' or '\r')
        {
            end--;
        }

        var lines = new List<Line>();
        var lineStart = start;
        while (lineStart <= end)
        {
            var lineBreak = report.IndexOf('\n', lineStart, end - lineStart);
            var lineEnd = lineBreak < 0 ? end : lineBreak;
            lines.Add(new Line(lineStart, lineEnd));
            if (lineBreak < 0)
            {
                break;
            }

            lineStart = lineBreak + 1;
        }

        // The header and the delimiter row are not rows a reader counts.
        var rows = lines.Count > 2 ? lines.Skip(2).ToList() : [];
        return new TableLines(start, end, rows);
    }

    /// <param name="Start">The line's first character.</param>
    /// <param name="End">Just after its last character (before the line break).</param>
    public readonly record struct Line(int Start, int End);
}
