using System.Globalization;
using System.Text;
using ContinuousMl.Plots;

namespace ContinuousMl.Reports;

/// <summary>
/// A confusion matrix as a Markdown table, for forges that draw charts from text: Mermaid has no heat map, and a
/// table needs no image hosting. Rows are actual classes, columns predicted ones, the diagonal in bold.
/// </summary>
public static class ConfusionTableWriter
{
    public static string Write(ConfusionMatrixSpec matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var text = new StringBuilder();
        text.Append("**").Append(Cell(matrix.Title)).Append("** (rows: ").Append(Cell(matrix.ActualLabel))
            .Append(", columns: ").Append(Cell(matrix.PredictedLabel)).Append("; ")
            .Append(matrix.Total.ToString("N0", CultureInfo.InvariantCulture)).Append(" samples)\n\n");
        text.Append("| ").Append(Cell(matrix.ActualLabel)).Append(" \\\\ ").Append(Cell(matrix.PredictedLabel)).Append(" |");
        foreach (var name in matrix.Classes)
        {
            text.Append(' ').Append(Cell(name)).Append(" |");
        }

        text.Append("\n|---|");
        foreach (var _ in matrix.Classes)
        {
            text.Append("---:|");
        }

        text.Append('\n');
        for (var actual = 0; actual < matrix.Classes.Count; actual++)
        {
            text.Append("| **").Append(Cell(matrix.Classes[actual])).Append("** |");
            for (var predicted = 0; predicted < matrix.Classes.Count; predicted++)
            {
                var value = Format(matrix.Cells[actual, predicted], matrix.Normalized);
                text.Append(' ').Append(actual == predicted ? $"**{value}**" : value).Append(" |");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Format(double value, bool normalized) =>
        normalized ? value.ToString("0.00", CultureInfo.InvariantCulture) : value.ToString("N0", CultureInfo.InvariantCulture);

    // A pipe ends a cell and a line break ends the table.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
