using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContinuousMl.Metrics;

/// <summary>Loads the first YAML document through YamlDotNet's document model (no object mapping, so NativeAOT-safe).</summary>
internal static class YamlDocumentLoader
{
    /// <summary>The root node, or null for an empty file.</summary>
    public static YamlNode? Load(TextReader reader, string source)
    {
        var parser = new TrackingYamlParser(reader);
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException error)
        {
            throw MetricsFileException.Malformed(source, "YAML", Position(error.Start.Line), Position(error.Start.Column), error.Message, error);
        }
        catch (InvalidOperationException error)
        {
            var near = parser.LastGoodEnd;
            throw MetricsFileException.Malformed(source, "YAML", Position(near.Line), Position(near.Column), "unbalanced brackets or quotes, or a misplaced ':'", error, preposition: "after");
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    private static int? Position(long value) => value > 0 ? (int)value : null;
}
