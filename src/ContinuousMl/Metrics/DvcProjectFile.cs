using YamlDotNet.RepresentationModel;

namespace ContinuousMl.Metrics;

/// <summary>
/// The metrics and params a <c>dvc.yaml</c> declares: the top-level <c>metrics:</c> and <c>params:</c> lists (what
/// DVCLive writes) and every stage's, paths taken relative to the stage's <c>wdir</c>. A stage's bare param names
/// (<c>- lr</c>) are keys of <c>params.yaml</c>; <c>- file.yaml: [a, b]</c> names keys of another file, and
/// <c>- file.yaml:</c> all of it. Templated paths (<c>${item}</c>) cannot be resolved without DVC and are skipped.
/// </summary>
public static class DvcProjectFile
{
    public const string FileName = "dvc.yaml";

    public const string DefaultParamsFile = "params.yaml";

    public static IReadOnlyList<MetricsTarget> Read(TextReader reader, MetricsKind kind, string source)
    {
        var targets = new TargetCollector();
        if (YamlDocumentLoader.Load(reader, source) is not YamlMappingNode root)
        {
            return [];
        }

        var section = kind == MetricsKind.Metrics ? "metrics" : "params";
        foreach (var entry in Sequence(root, section))
        {
            if (PathOf(entry) is { } path)
            {
                targets.AddWholeFile(path);
            }
        }

        if (Child(root, "stages") is YamlMappingNode stages)
        {
            foreach (var (_, stageNode) in stages.Children)
            {
                // A foreach/matrix stage keeps its definition under "do".
                var stage = Child(stageNode, "do") as YamlMappingNode ?? stageNode as YamlMappingNode;
                if (stage is null)
                {
                    continue;
                }

                var workingDirectory = (Child(stage, "wdir") as YamlScalarNode)?.Value ?? string.Empty;
                if (kind == MetricsKind.Metrics)
                {
                    foreach (var entry in Sequence(stage, "metrics"))
                    {
                        if (PathOf(entry) is { } path)
                        {
                            targets.AddWholeFile(Combine(workingDirectory, path));
                        }
                    }
                }
                else
                {
                    AddStageParams(stage, workingDirectory, targets);
                }
            }
        }

        return targets.ToList();
    }

    private static void AddStageParams(YamlMappingNode stage, string workingDirectory, TargetCollector targets)
    {
        foreach (var entry in Sequence(stage, "params"))
        {
            switch (entry)
            {
                case YamlScalarNode { Value: { Length: > 0 } key } when !IsTemplated(key):
                    targets.AddKey(Combine(workingDirectory, DefaultParamsFile), key);
                    break;
                case YamlMappingNode mapping:
                    foreach (var (fileNode, keysNode) in mapping.Children)
                    {
                        if (fileNode is not YamlScalarNode { Value: { Length: > 0 } file } || IsTemplated(file))
                        {
                            continue;
                        }

                        var path = Combine(workingDirectory, file);
                        var keys = keysNode is YamlSequenceNode list
                            ? list.Children.OfType<YamlScalarNode>().Select(k => k.Value).OfType<string>().Where(k => k.Length > 0).ToList()
                            : [];
                        if (keys.Count == 0)
                        {
                            targets.AddWholeFile(path);
                        }
                        else
                        {
                            foreach (var key in keys)
                            {
                                targets.AddKey(path, key);
                            }
                        }
                    }

                    break;
            }
        }
    }

    /// <summary><c>- metrics.json</c> or <c>- metrics.json: {cache: false}</c>.</summary>
    private static string? PathOf(YamlNode entry)
    {
        var path = entry switch
        {
            YamlScalarNode scalar => scalar.Value,
            YamlMappingNode { Children.Count: 1 } mapping => (mapping.Children.First().Key as YamlScalarNode)?.Value,
            _ => null,
        };
        return string.IsNullOrEmpty(path) || IsTemplated(path) ? null : path;
    }

    private static IEnumerable<YamlNode> Sequence(YamlNode parent, string name) =>
        Child(parent, name) is YamlSequenceNode sequence ? sequence.Children : [];

    private static YamlNode? Child(YamlNode parent, string name) =>
        parent is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(name), out var child) ? child : null;

    private static bool IsTemplated(string value) => value.Contains("${", StringComparison.Ordinal);

    private static string Combine(string workingDirectory, string path) =>
        MetricsPaths.Normalize(workingDirectory.Length == 0 ? path : workingDirectory + "/" + path);
}
