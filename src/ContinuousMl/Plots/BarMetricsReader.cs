using System.Text.Json;
using ContinuousMl.Errors;

namespace ContinuousMl.Plots;

/// <summary>
/// The final value of each metric in a file, for bar charts: a JSON metrics object's numeric leaves (nested keys
/// joined with dots, as <c>dvc metrics show</c> names them), or a table's last value in each numeric column.
/// <c>step</c> and <c>timestamp</c> are bookkeeping, not metrics, unless asked for with -y.
/// </summary>
public static class BarMetricsReader
{
    private static readonly string[] Bookkeeping = [ColumnSelection.StepColumn, "timestamp"];

    /// <param name="source">The file.</param>
    /// <param name="requested">-y: only these metrics (each must exist when <paramref name="strict"/>).</param>
    /// <param name="strict">True for the head: a requested metric it lacks is an error; the base may lack it.</param>
    public static IReadOnlyList<KeyValuePair<string, double>> Read(TableSource source, IReadOnlyList<string> requested, bool strict)
    {
        if (source.Format == TableFormat.Json)
        {
            using var text = source.Open();
            using var document = JsonTableReader.Parse(text.ReadToEnd(), source.Name);
            if (JsonTableReader.RowsOf(document.RootElement) is null)
            {
                var leaves = new List<KeyValuePair<string, double>>();
                Flatten(document.RootElement, string.Empty, leaves);
                return Select(leaves, requested, strict, source.Name);
            }
        }

        return ReadTable(source, requested, strict);
    }

    private static IReadOnlyList<KeyValuePair<string, double>> ReadTable(TableSource source, IReadOnlyList<string> requested, bool strict)
    {
        using var reader = TableReaders.Open(source);
        var candidates = new List<int>();
        if (requested.Count > 0)
        {
            foreach (var name in requested)
            {
                var index = ColumnSelection.Find(reader.Columns, name);
                if (index >= 0)
                {
                    candidates.Add(index);
                }
                else if (strict)
                {
                    ColumnSelection.Require(reader.Columns, name, source.Name, "-y");
                }
            }
        }
        else
        {
            for (var i = 0; i < reader.Columns.Count; i++)
            {
                if (!Bookkeeping.Contains(reader.Columns[i], StringComparer.Ordinal))
                {
                    candidates.Add(i);
                }
            }
        }

        var last = new double[reader.Columns.Count];
        Array.Fill(last, double.NaN);
        var textual = new bool[reader.Columns.Count];
        var rows = 0;
        while (reader.MoveNext())
        {
            rows++;
            foreach (var column in candidates)
            {
                if (textual[column])
                {
                    continue;
                }

                if (!CellValue.TryParse(reader.Field(column), out var value))
                {
                    if (requested.Count > 0)
                    {
                        XyTableLoader.Number(reader, column, source.Name);
                    }

                    // Without -y, a text column (a model name, a label) is simply not a metric.
                    textual[column] = true;
                }
                else if (!double.IsNaN(value))
                {
                    last[column] = value;
                }
            }
        }

        if (rows == 0)
        {
            throw new CmlException($"{source.Name} has a header but no data rows");
        }

        var metrics = new List<KeyValuePair<string, double>>();
        foreach (var column in candidates)
        {
            if (!textual[column] && !double.IsNaN(last[column]))
            {
                metrics.Add(new(reader.Columns[column], last[column]));
            }
        }

        return metrics;
    }

    private static void Flatten(JsonElement element, string prefix, List<KeyValuePair<string, double>> leaves)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}", leaves);
                }

                break;
            case JsonValueKind.Number when element.TryGetDouble(out var number) && double.IsFinite(number):
                leaves.Add(new(prefix, number));
                break;
        }
    }

    private static IReadOnlyList<KeyValuePair<string, double>> Select(
        List<KeyValuePair<string, double>> leaves,
        IReadOnlyList<string> requested,
        bool strict,
        string source)
    {
        if (requested.Count == 0)
        {
            return leaves.Where(leaf => !Bookkeeping.Contains(leaf.Key, StringComparer.Ordinal)).ToList();
        }

        var selected = new List<KeyValuePair<string, double>>();
        foreach (var name in requested)
        {
            var found = leaves.FindIndex(leaf => leaf.Key == name);
            if (found >= 0)
            {
                selected.Add(leaves[found]);
            }
            else if (strict)
            {
                throw new CmlException($"{source} has no metric '{name}' (metrics: {ColumnSelection.List(leaves.Select(l => l.Key))}); pass -y with one of them");
            }
        }

        return selected;
    }
}
