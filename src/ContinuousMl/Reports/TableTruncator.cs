using System.Text;
using Markdig;
using Markdig.Extensions.Tables;

namespace ContinuousMl.Reports;

/// <summary>
/// The second step of fitting a report: rows are cut off the end of the longest tables (largest first, each keeping
/// at least <see cref="MinimumRowsKept"/>) until the report fits, and a line after each cut table says how many rows
/// went and where the full report is. Rows are whole lines, so a cut never splits one. Only top-level tables are
/// cut: a table in a list or quote would need the container's prefix on the new line.
/// </summary>
public static class TableTruncator
{
    /// <summary>The rows a cut table keeps, so a reader still sees what it holds.</summary>
    public const int MinimumRowsKept = 10;

    /// <summary>Cuts table rows until <paramref name="report"/> fits <paramref name="limit"/>, or no table has rows to spare.</summary>
    /// <param name="report">The report, possibly already folded.</param>
    /// <param name="limit">The size to reach.</param>
    /// <param name="fullReportLocation">Where the whole report is, for the line after each cut table.</param>
    /// <returns>The report with shorter tables, or <paramref name="report"/> itself when no table could be cut.</returns>
    public static string Truncate(string report, ReportLimit limit, string fullReportLocation)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(limit);
        var excess = limit.Measure(report) - limit.MaxSize;
        if (excess <= 0)
        {
            return report;
        }

        var document = Markdown.Parse(report, MarkdownBlocks.Pipeline);
        var tables = document.OfType<Table>()
            .Select(table => TableLines.Read(report, table))
            .Where(table => table.Rows.Count > MinimumRowsKept)
            .OrderByDescending(table => table.End - table.Start)
            .ToList();

        var cuts = new List<(TableLines Table, int Kept)>();
        foreach (var table in tables)
        {
            if (excess <= 0)
            {
                break;
            }

            var (kept, saved) = RowsToKeep(report, table, limit, excess, fullReportLocation);
            cuts.Add((table, kept));
            excess -= saved;
        }

        if (cuts.Count == 0)
        {
            return report;
        }

        var builder = new StringBuilder(report.Length);
        var copied = 0;
        foreach (var (table, kept) in cuts.OrderBy(cut => cut.Table.Start))
        {
            var keptEnd = table.Rows[kept - 1].End;
            builder.Append(report, copied, keptEnd - copied)
                .Append(Notice(table.Rows.Count - kept, table.Rows.Count, limit, fullReportLocation))
                .Append('\n');
            copied = table.End;
        }

        return builder.Append(report, copied, report.Length - copied).ToString();
    }

    /// <summary>The line that follows a cut table, after a blank line (a line right under a table would be a row).</summary>
    public static string Notice(int cutRows, int totalRows, ReportLimit limit, string fullReportLocation) =>
        $"\n\n> **Note:** this table was shortened to fit the {limit.Surface} size limit ({limit.Describe(limit.MaxSize)}): " +
        $"{cutRows:N0} of its {totalRows:N0} rows were cut. The full report is {fullReportLocation}.";

    /// <summary>How many rows to keep so the report shrinks by <paramref name="excess"/>, and how much that saves.</summary>
    private static (int Kept, int Saved) RowsToKeep(string report, TableLines table, ReportLimit limit, int excess, string location)
    {
        var removed = 0;
        var kept = table.Rows.Count;
        var saved = 0;
        while (kept > MinimumRowsKept)
        {
            var row = table.Rows[kept - 1];
            var previousEnd = table.Rows[kept - 2].End;
            removed += limit.Measure(report.AsSpan(previousEnd, row.End - previousEnd));
            kept--;
            saved = removed - limit.Measure(Notice(table.Rows.Count - kept, table.Rows.Count, limit, location) + "\n");
            if (saved >= excess)
            {
                break;
            }
        }

        return (kept, saved);
    }
}
