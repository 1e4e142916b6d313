using ContinuousMl.Errors;

namespace ContinuousMl.Plots;

/// <summary>
/// Which columns a chart plots, with DVC's defaults: x is <c>step</c> when the file has one, else the row index;
/// y is the last numeric column other than x.
/// </summary>
/// <param name="X">The x column, or null for the row index.</param>
/// <param name="Y">The y columns, one series each.</param>
public sealed record ColumnSelection(string? X, IReadOnlyList<string> Y)
{
    /// <summary>DVC's index field: the x column when none is named.</summary>
    public const string StepColumn = "step";

    /// <summary>The x axis title when rows are numbered.</summary>
    public const string RowIndexLabel = "row";

    public string XLabel => X ?? RowIndexLabel;

    /// <summary>Applies the defaults to a file whose reader stands on its first data row.</summary>
    public static ColumnSelection Resolve(ITableReader reader, string source, string? requestedX, IReadOnlyList<string> requestedY)
    {
        var x = requestedX;
        if (x is not null)
        {
            Require(reader.Columns, x, source, "-x");
        }
        else if (reader.Columns.Contains(StepColumn, StringComparer.Ordinal))
        {
            x = StepColumn;
        }

        if (requestedY.Count > 0)
        {
            foreach (var y in requestedY)
            {
                Require(reader.Columns, y, source, "-y");
            }

            return new ColumnSelection(x, requestedY);
        }

        for (var i = reader.Columns.Count - 1; i >= 0; i--)
        {
            var name = reader.Columns[i];
            var field = reader.Field(i);
            if (name != x && !field.IsWhiteSpace() && CellValue.TryParse(field, out _))
            {
                return new ColumnSelection(x, [name]);
            }
        }

        throw new CmlException($"{source} has no numeric column to plot (columns: {List(reader.Columns)}); name one with -y");
    }

    /// <summary>The column's index, or a one-line error listing the columns there are.</summary>
    public static int Require(IReadOnlyList<string> columns, string name, string source, string flag)
    {
        var index = Find(columns, name);
        return index >= 0
            ? index
            : throw new CmlException($"{source} has no column '{name}' (columns: {List(columns)}); pass {flag} with one of them");
    }

    /// <summary>The column's index, or -1.</summary>
    public static int Find(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Like <see cref="Require"/> for the base side, whose columns must match the head's.</summary>
    public int[] RequireSame(IReadOnlyList<string> columns, string source, string headSource)
    {
        var indices = new int[Y.Count + 1];
        indices[0] = X is null ? -1 : IndexOrMismatch(columns, X, source, headSource);
        for (var i = 0; i < Y.Count; i++)
        {
            indices[i + 1] = IndexOrMismatch(columns, Y[i], source, headSource);
        }

        return indices;
    }

    internal static string List(IEnumerable<string> columns)
    {
        var names = string.Join(", ", columns);
        return names.Length == 0 ? "none" : names;
    }

    private static int IndexOrMismatch(IReadOnlyList<string> columns, string name, string source, string headSource)
    {
        var index = Find(columns, name);
        return index >= 0
            ? index
            : throw new CmlException($"{source} has no column '{name}' that {headSource} has (columns: {List(columns)}); base and head must have the plotted columns, or name common ones with -x/-y");
    }
}
