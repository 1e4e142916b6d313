using System.Text;
using System.Text.Json;

namespace ContinuousMl.Metrics;

/// <summary>
/// Reads a JSON metrics file into flattened values with <see cref="Utf8JsonReader"/> (no document is built). Python's
/// <c>json.dump</c> writes <c>NaN</c> and <c>Infinity</c>, which JSON forbids; such a file is read again with those
/// tokens allowed.
/// </summary>
public static class JsonMetricsReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 256,
    };

    public static Dictionary<string, MetricValue> Read(ReadOnlyMemory<byte> utf8, string source)
    {
        var bytes = utf8.Span;
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            return Flatten(bytes);
        }
        catch (JsonException error)
        {
            if (!JsonNonFiniteRewriter.TryRewrite(bytes, out var rewritten, out var rewrittenLines))
            {
                throw Malformed(error, source, knowColumn: true);
            }

            try
            {
                return Flatten(rewritten);
            }
            catch (JsonException laterError)
            {
                // Lines are unchanged by the rewrite; columns only where no token was replaced.
                throw Malformed(laterError, source, knowColumn: laterError.LineNumber is not { } line || !rewrittenLines.Contains(line));
            }
        }
    }

    private static Dictionary<string, MetricValue> Flatten(ReadOnlySpan<byte> utf8)
    {
        var values = new Dictionary<string, MetricValue>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, Options);
        var containers = new Stack<ContainerFrame>();
        string? propertyName = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    propertyName = reader.GetString();
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var prefix = containers.Count == 0 ? string.Empty : NextKey(containers.Peek(), ref propertyName);
                    containers.Push(new ContainerFrame(prefix, reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    containers.Pop();
                    break;
                default:
                    var key = containers.Count == 0 ? string.Empty : NextKey(containers.Peek(), ref propertyName);
                    values[key] = Scalar(ref reader);
                    break;
            }
        }

        return values;
    }

    private static string NextKey(ContainerFrame parent, ref string? propertyName)
    {
        if (parent.IsArray)
        {
            return MetricKey.Join(parent.Prefix, parent.NextIndex++);
        }

        var key = MetricKey.Join(parent.Prefix, propertyName ?? string.Empty);
        propertyName = null;
        return key;
    }

    private static MetricValue Scalar(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                // Numbers have no escapes: the raw bytes are the text as written.
                var raw = Encoding.UTF8.GetString(reader.ValueSpan);
                return MetricValue.TryParseNumber(raw, out var number) ? number : MetricValue.String(raw);
            case JsonTokenType.String:
                var text = reader.GetString()!;
                return JsonNonFiniteRewriter.TryReadMarker(text, out var nonFinite) ? nonFinite : MetricValue.String(text);
            case JsonTokenType.True:
                return MetricValue.True;
            case JsonTokenType.False:
                return MetricValue.False;
            default:
                return MetricValue.Null;
        }
    }

    private static MetricsFileException Malformed(JsonException error, string source, bool knowColumn)
    {
        // The reader's message repeats the position in its own words after "LineNumber:"; we say it once.
        var message = error.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        return MetricsFileException.Malformed(
            source,
            "JSON",
            error.LineNumber is { } line ? (int)line + 1 : null,
            knowColumn && error.BytePositionInLine is { } column ? (int)column + 1 : null,
            message,
            error);
    }
}
