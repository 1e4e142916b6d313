using ContinuousMl.Metrics;
using ContinuousMl.Plots;
using YamlDotNet.RepresentationModel;

namespace ContinuousMl.Reports;

/// <summary>
/// The plots a <c>dvc.yaml</c> declares, as <c>cml plot</c> requests: the top-level <c>plots:</c> list (what DVCLive
/// writes: <c>- path</c>, <c>- path: {x, y, template, title}</c>, or an id whose <c>y</c> maps files to columns) and
/// every stage's <c>plots:</c> outputs, relative to the stage's <c>wdir</c>. DVC's templates map to chart kinds:
/// <c>confusion</c> (and <c>confusion_normalized</c>), <c>scatter</c>, <c>bar_horizontal</c>; anything else is a line.
/// Templated paths (<c>${item}</c>) cannot be resolved without DVC and are skipped.
/// </summary>
public static class DvcPlotsReader
{
    public static IReadOnlyList<PlotRequest> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (YamlDocumentLoader.Load(reader, source) is not YamlMappingNode root)
        {
            return [];
        }

        var plots = new List<PlotRequest>();
        foreach (var entry in Sequence(root, "plots"))
        {
            plots.AddRange(FromEntry(entry, string.Empty));
        }

        if (Child(root, "stages") is YamlMappingNode stages)
        {
            foreach (var (_, stageNode) in stages.Children)
            {
                var stage = Child(stageNode, "do") as YamlMappingNode ?? stageNode as YamlMappingNode;
                if (stage is null)
                {
                    continue;
                }

                var workingDirectory = (Child(stage, "wdir") as YamlScalarNode)?.Value ?? string.Empty;
                foreach (var entry in Sequence(stage, "plots"))
                {
                    plots.AddRange(FromEntry(entry, workingDirectory));
                }
            }
        }

        return plots;
    }

    private static IEnumerable<PlotRequest> FromEntry(YamlNode entry, string workingDirectory)
    {
        switch (entry)
        {
            case YamlScalarNode { Value: { Length: > 0 } path } when !IsTemplated(path):
                yield return new PlotRequest { Kind = PlotKind.Line, Inputs = [Combine(workingDirectory, path)] };
                break;
            case YamlMappingNode mapping:
                foreach (var (keyNode, properties) in mapping.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key } || IsTemplated(key))
                    {
                        continue;
                    }

                    foreach (var request in FromDefinition(key, properties as YamlMappingNode, workingDirectory))
                    {
                        yield return request;
                    }
                }

                break;
        }
    }

    /// <summary>
    /// <c>path: {…}</c>, or <c>id: {y: {file: column}}</c>: when <c>y</c> maps files to columns the key is only a
    /// name (DVC's rule too) and each file is drawn with its own columns.
    /// </summary>
    private static IEnumerable<PlotRequest> FromDefinition(string key, YamlMappingNode? properties, string workingDirectory)
    {
        var template = Scalar(properties, "template");
        var kind = KindOf(template);
        var title = Scalar(properties, "title");
        var xNode = properties is null ? null : Child(properties, "x");
        var yNode = properties is null ? null : Child(properties, "y");
        var request = new PlotRequest
        {
            Kind = kind,
            Inputs = [Combine(workingDirectory, key)],
            Title = title,
            XLabel = Scalar(properties, "x_label"),
            YLabel = Scalar(properties, "y_label"),
            Normalize = template == "confusion_normalized",
        };

        if (yNode is YamlMappingNode files)
        {
            // An id: group the files that read the same columns, so each group is one chart.
            var groups = new List<(List<string> Files, IReadOnlyList<string> Columns)>();
            foreach (var (fileNode, columnsNode) in files.Children)
            {
                if (fileNode is not YamlScalarNode { Value: { Length: > 0 } file } || IsTemplated(file))
                {
                    continue;
                }

                var columns = Strings(columnsNode);
                var group = groups.FirstOrDefault(g => g.Columns.SequenceEqual(columns, StringComparer.Ordinal));
                if (group.Files is null)
                {
                    groups.Add(([Combine(workingDirectory, file)], columns));
                }
                else
                {
                    group.Files.Add(Combine(workingDirectory, file));
                }
            }

            foreach (var (groupFiles, columns) in groups)
            {
                var x = XColumn(xNode);
                yield return WithColumns(request with { Inputs = groupFiles, Title = title ?? key, Overlay = groupFiles.Count > 1 }, x, columns);
            }

            yield break;
        }

        yield return WithColumns(request, XColumn(xNode), Strings(yNode));
    }

    private static PlotRequest WithColumns(PlotRequest request, string? x, IReadOnlyList<string> y)
    {
        if (request.Kind == PlotKind.Confusion)
        {
            // DVC's confusion template reads the actual class from x and the predicted one from y.
            return request with
            {
                Actual = x ?? request.Actual,
                Predicted = y.Count > 0 ? y[0] : request.Predicted,
                Overlay = false,
            };
        }

        return request with { X = x, Y = y };
    }

    /// <summary><c>x: step</c>, or <c>x: {file: column}</c> (the first file's column).</summary>
    private static string? XColumn(YamlNode? node) => node switch
    {
        YamlScalarNode { Value: { Length: > 0 } column } => column,
        YamlMappingNode mapping => mapping.Children.Select(pair => (pair.Value as YamlScalarNode)?.Value).FirstOrDefault(value => !string.IsNullOrEmpty(value)),
        _ => null,
    };

    private static PlotKind KindOf(string? template) => template switch
    {
        "confusion" or "confusion_normalized" => PlotKind.Confusion,
        "scatter" or "scatter_jitter" => PlotKind.Scatter,
        "bar_horizontal" or "bar_horizontal_sorted" => PlotKind.Bar,
        _ => PlotKind.Line,
    };

    private static IReadOnlyList<string> Strings(YamlNode? node) => node switch
    {
        YamlScalarNode { Value: { Length: > 0 } value } => [value],
        YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(n => n.Value).OfType<string>().Where(v => v.Length > 0).ToList(),
        _ => [],
    };

    private static string? Scalar(YamlMappingNode? mapping, string name) =>
        mapping is not null && Child(mapping, name) is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    private static IEnumerable<YamlNode> Sequence(YamlNode parent, string name) =>
        Child(parent, name) is YamlSequenceNode sequence ? sequence.Children : [];

    private static YamlNode? Child(YamlNode parent, string name) =>
        parent is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(name), out var child) ? child : null;

    private static bool IsTemplated(string value) => value.Contains("${", StringComparison.Ordinal);

    private static string Combine(string workingDirectory, string path) =>
        MetricsPaths.Normalize(workingDirectory.Length == 0 ? path : workingDirectory + "/" + path);
}
