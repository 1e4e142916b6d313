using ContinuousMl.Errors;

namespace ContinuousMl.Plots;

/// <summary>
/// Confusion matrices from a predictions file (one row per sample, actual and predicted columns, as DVCLive's
/// <c>confusion_matrix.json</c> or a CSV) or from a count matrix (<c>--matrix</c>: first column the actual class,
/// one column per predicted class). With a base, the base's matrix is a second chart.
/// </summary>
public sealed class ConfusionChartBuilder(PlotRequest request, BaseSide? baseSide)
{
    public IReadOnlyList<ConfusionMatrixSpec> Build(PlotInput input, string fileStem)
    {
        var title = request.Title ?? input.Name;
        var charts = new List<ConfusionMatrixSpec>();
        if (input.Head is not null)
        {
            charts.Add(Read(input.Head, baseSide is null ? title : $"{title} ({SeriesLabels.Workspace})", fileStem));
        }

        if (input.Base is not null && baseSide is not null)
        {
            charts.Add(Read(input.Base, $"{title} ({baseSide.Label})", $"{fileStem}-{SeriesLabels.FileSafe(baseSide.Label)}"));
        }

        return charts;
    }

    public ConfusionMatrixSpec Read(TableSource source, string title, string fileStem)
    {
        var counter = new ConfusionCounter();
        string actualLabel;
        string predictedLabel;
        using (var reader = TableReaders.Open(source))
        {
            if (request.Matrix)
            {
                CountMatrix(reader, source, counter);
                actualLabel = reader.Columns.Count > 0 && reader.Columns[0].Length > 0 ? reader.Columns[0] : "actual";
                predictedLabel = "predicted";
            }
            else
            {
                CountPairs(reader, source, counter);
                (actualLabel, predictedLabel) = (request.Actual, request.Predicted);
            }
        }

        if (counter.Total <= 0)
        {
            throw new CmlException($"{source.Name} has no samples to count");
        }

        var (classes, cells) = counter.Build(request.Normalize);
        return new ConfusionMatrixSpec(title, fileStem, actualLabel, predictedLabel, classes, cells, request.Normalize, (long)Math.Round(counter.Total));
    }

    private void CountPairs(ITableReader reader, TableSource source, ConfusionCounter counter)
    {
        var actual = Column(reader, request.Actual, "--actual", source);
        var predicted = Column(reader, request.Predicted, "--predicted", source);
        while (reader.MoveNext())
        {
            var actualClass = reader.Field(actual).Trim().ToString();
            var predictedClass = reader.Field(predicted).Trim().ToString();
            if (actualClass.Length > 0 && predictedClass.Length > 0)
            {
                counter.Add(actualClass, predictedClass);
            }
        }
    }

    private static int Column(ITableReader reader, string name, string flag, TableSource source)
    {
        var index = ColumnSelection.Find(reader.Columns, name);
        return index >= 0
            ? index
            : throw new CmlException($"{source.Name} has no column '{name}' (columns: {ColumnSelection.List(reader.Columns)}); name the column with {flag}, or pass --matrix if the file is a count matrix");
    }

    private static void CountMatrix(ITableReader reader, TableSource source, ConfusionCounter counter)
    {
        if (reader.Columns.Count < 2)
        {
            throw new CmlException($"{source.Name} is not a count matrix: it needs the actual class in the first column and one column per predicted class");
        }

        while (reader.MoveNext())
        {
            var actualClass = reader.Field(0).Trim().ToString();
            for (var column = 1; column < reader.Columns.Count; column++)
            {
                var count = XyTableLoader.Number(reader, column, source.Name);
                if (count < 0)
                {
                    throw new CmlException($"{source.Name} {reader.Location}, column '{reader.Columns[column]}': a count cannot be negative");
                }

                if (!double.IsNaN(count))
                {
                    counter.Add(actualClass, reader.Columns[column], count);
                }
            }
        }
    }
}
