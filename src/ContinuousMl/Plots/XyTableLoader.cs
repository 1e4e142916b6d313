using ContinuousMl.Errors;

namespace ContinuousMl.Plots;

/// <summary>
/// Streams a plot file into one <see cref="SeriesAccumulator"/> per y column. Rows whose x or y is missing (empty,
/// NaN, infinite) are skipped; a value that is not a number at all stops with the file, line and column.
/// </summary>
public static class XyTableLoader
{
    /// <param name="source">The file.</param>
    /// <param name="requestedX">-x, or null for the default.</param>
    /// <param name="requestedY">-y, or empty for the default.</param>
    /// <param name="head">For a base file: the head's selection, which it must match, and the head file's name.</param>
    /// <param name="buckets">Preselection buckets per series.</param>
    /// <param name="smoothWindow">Moving-average window; 1 or less for none.</param>
    public static LoadedTable Load(
        TableSource source,
        string? requestedX,
        IReadOnlyList<string> requestedY,
        (ColumnSelection Selection, string Source)? head,
        int buckets,
        int smoothWindow)
    {
        using var reader = TableReaders.Open(source);
        if (!reader.MoveNext())
        {
            throw new CmlException($"{source.Name} has a header but no data rows");
        }

        var selection = head?.Selection ?? ColumnSelection.Resolve(reader, source.Name, requestedX, requestedY);
        var indices = head is { } matched
            ? selection.RequireSame(reader.Columns, source.Name, matched.Source)
            : Indices(selection, reader.Columns, source.Name);
        var xIndex = indices[0];
        var series = new SeriesAccumulator[selection.Y.Count];
        for (var i = 0; i < series.Length; i++)
        {
            series[i] = new SeriesAccumulator(buckets, smoothWindow);
        }

        long row = 0;
        do
        {
            var x = xIndex < 0 ? row : Number(reader, xIndex, source.Name);
            row++;
            if (double.IsNaN(x))
            {
                continue;
            }

            for (var i = 0; i < series.Length; i++)
            {
                var y = Number(reader, indices[i + 1], source.Name);
                if (!double.IsNaN(y))
                {
                    series[i].Add(x, y);
                }
            }
        }
        while (reader.MoveNext());

        return new LoadedTable(selection, series);
    }

    /// <summary>The cell as a number (NaN when missing), or a one-line error naming the file, row and column.</summary>
    public static double Number(ITableReader reader, int column, string source)
    {
        var field = reader.Field(column);
        if (CellValue.TryParse(field, out var value))
        {
            return value;
        }

        var text = field.Trim();
        var shown = text.Length > 40 ? string.Concat(text[..40], "…") : text.ToString();
        throw new CmlException($"{source} {reader.Location}, column '{reader.Columns[column]}': '{shown}' is not a number; fix the file or plot another column with -x/-y");
    }

    private static int[] Indices(ColumnSelection selection, IReadOnlyList<string> columns, string source)
    {
        var indices = new int[selection.Y.Count + 1];
        indices[0] = selection.X is null ? -1 : ColumnSelection.Require(columns, selection.X, source, "-x");
        for (var i = 0; i < selection.Y.Count; i++)
        {
            indices[i + 1] = ColumnSelection.Require(columns, selection.Y[i], source, "-y");
        }

        return indices;
    }
}
