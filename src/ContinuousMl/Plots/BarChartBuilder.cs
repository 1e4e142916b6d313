using ContinuousMl.Errors;

namespace ContinuousMl.Plots;

/// <summary>
/// One bar chart of every metric in the files given, base next to head: the final numbers of a run compared at a
/// glance. A metric from a file among several is named after the file (<c>train/loss</c>).
/// </summary>
public sealed class BarChartBuilder(PlotRequest request, BaseSide? baseSide)
{
    public BarChartSpec Build(IReadOnlyList<PlotInput> inputs, string fileStem)
    {
        var categories = new List<string>();
        var head = new Dictionary<string, double>(StringComparer.Ordinal);
        var baseValues = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (input.Head is not null)
            {
                Collect(input, BarMetricsReader.Read(input.Head, request.Y, strict: true), inputs.Count, categories, head);
            }

            if (input.Base is not null)
            {
                Collect(input, BarMetricsReader.Read(input.Base, request.Y, strict: input.Head is null), inputs.Count, categories, baseValues);
            }
        }

        if (categories.Count == 0)
        {
            throw new CmlException($"{string.Join(", ", inputs.Select(i => i.Path))}: no numeric metrics to draw; name them with -y");
        }

        var series = new List<BarSeries>();
        if (baseSide is not null)
        {
            series.Add(new BarSeries(baseSide.Label, SeriesRole.Base, Values(categories, baseValues)));
        }

        series.Add(new BarSeries(baseSide is null ? request.YLabel ?? "value" : SeriesLabels.Workspace, SeriesRole.Head, Values(categories, head)));
        var title = request.Title ?? (inputs.Count == 1 ? inputs[0].Name : fileStem);
        return new BarChartSpec(title, fileStem, request.YLabel ?? "value", categories, series);
    }

    private static void Collect(
        PlotInput input,
        IReadOnlyList<KeyValuePair<string, double>> metrics,
        int inputCount,
        List<string> categories,
        Dictionary<string, double> values)
    {
        foreach (var (key, value) in metrics)
        {
            var name = inputCount == 1 ? key : metrics.Count == 1 ? input.Name : $"{input.Name}/{key}";
            if (!categories.Contains(name))
            {
                categories.Add(name);
            }

            values[name] = value;
        }
    }

    private static double?[] Values(List<string> categories, Dictionary<string, double> values) =>
        categories.Select(c => values.TryGetValue(c, out var v) ? v : (double?)null).ToArray();
}
