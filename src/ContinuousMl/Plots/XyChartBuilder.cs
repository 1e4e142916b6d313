using System.Globalization;

namespace ContinuousMl.Plots;

/// <summary>
/// Reads plot files into an x/y chart: every y column of every file is a series, and with a base each is paired
/// with the same column read at the base revision. ROC and PR curves default to DVC's columns (<c>fpr</c>/<c>tpr</c>,
/// <c>recall</c>/<c>precision</c>) and carry their area under the curve in the legend.
/// </summary>
public sealed class XyChartBuilder(PlotRequest request, BaseSide? baseSide, int buckets)
{
    /// <param name="inputs">One file, or with <c>--overlay</c> every file given.</param>
    /// <param name="fileStem">The default output name.</param>
    public XyChartSpec Build(IReadOnlyList<PlotInput> inputs, string fileStem)
    {
        var (requestedX, requestedY) = DefaultColumns();
        var smooth = request.Kind == PlotKind.Line ? request.Smooth : 1;
        var series = new List<ChartSeries>();
        var yNames = new List<string>();
        string? xLabel = null;
        foreach (var input in inputs)
        {
            var head = input.Head is null ? null : XyTableLoader.Load(input.Head, requestedX, requestedY, null, buckets, smooth);
            var baseTable = input.Base is null
                ? null
                : XyTableLoader.Load(input.Base, requestedX, requestedY, head is null ? null : (head.Columns, input.Head!.Name), buckets, smooth);
            var columns = (head ?? baseTable)!.Columns;
            xLabel ??= columns.XLabel;
            for (var i = 0; i < columns.Y.Count; i++)
            {
                var metric = MetricName(input, columns.Y[i], inputs.Count, columns.Y.Count);
                if (!yNames.Contains(columns.Y[i]))
                {
                    yNames.Add(columns.Y[i]);
                }

                Add(series, head?.Series[i], metric, SeriesRole.Head);
                Add(series, baseTable?.Series[i], metric, SeriesRole.Base);
            }
        }

        var title = request.Title ?? (inputs.Count == 1 ? inputs[0].Name : fileStem);
        var yLabel = request.YLabel ?? (yNames.Count == 1 ? yNames[0] : "value");
        return new XyChartSpec(title, fileStem, request.Kind, request.XLabel ?? xLabel ?? ColumnSelection.RowIndexLabel, yLabel, series);
    }

    private (string? X, IReadOnlyList<string> Y) DefaultColumns() => request.Kind switch
    {
        PlotKind.Roc => (request.X ?? "fpr", request.Y.Count > 0 ? request.Y : ["tpr"]),
        PlotKind.PrecisionRecall => (request.X ?? "recall", request.Y.Count > 0 ? request.Y : ["precision"]),
        _ => (request.X, request.Y),
    };

    /// <summary>The column alone for one file; the file's name when several files share a chart.</summary>
    private static string MetricName(PlotInput input, string column, int inputCount, int columnCount)
    {
        if (inputCount == 1)
        {
            return column;
        }

        var leaf = input.Name[(input.Name.LastIndexOf('/') + 1)..];
        return columnCount == 1 || column == leaf ? input.Name : $"{input.Name}/{column}";
    }

    private void Add(List<ChartSeries> series, SeriesAccumulator? accumulator, string metric, SeriesRole role)
    {
        var label = SeriesLabels.For(metric, role, baseSide);
        if (accumulator?.Complete(label, metric, role) is not { } completed)
        {
            return;
        }

        if (request.Kind is PlotKind.Roc or PlotKind.PrecisionRecall)
        {
            var area = AreaUnderCurve.Of(completed.Points);
            completed = completed with { Label = $"{label}, AUC {area.ToString("0.###", CultureInfo.InvariantCulture)}" };
        }

        series.Add(completed);
    }
}
