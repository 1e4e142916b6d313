using YamlDotNet.RepresentationModel;

namespace ContinuousMl.Metrics;

/// <summary>Reads a YAML metrics or params file (the first document) into flattened values.</summary>
public static class YamlMetricsReader
{
    public static Dictionary<string, MetricValue> Read(TextReader reader, string source)
    {
        var values = new Dictionary<string, MetricValue>(StringComparer.Ordinal);
        if (YamlDocumentLoader.Load(reader, source) is { } root)
        {
            Flatten(root, string.Empty, values);
        }

        return values;
    }

    private static void Flatten(YamlNode node, string prefix, Dictionary<string, MetricValue> values)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode scalarKey ? scalarKey.Value ?? string.Empty : key.ToString();
                    Flatten(value, MetricKey.Join(prefix, name), values);
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Flatten(sequence.Children[i], MetricKey.Join(prefix, i), values);
                }

                break;
            case YamlScalarNode scalar:
                values[prefix] = YamlScalars.Resolve(scalar);
                break;
        }
    }
}
