using System.Globalization;
using Tomlyn;
using Tomlyn.Parsing;

namespace ContinuousMl.Metrics;

/// <summary>
/// Reads a TOML file through Tomlyn's event parser (no object mapping). Each number keeps the text the file wrote,
/// taken from the event's source span; tables, dotted keys, inline tables and arrays of tables flatten to dotted names.
/// </summary>
public static class TomlMetricsReader
{
    public static Dictionary<string, MetricValue> Read(string toml, string source)
    {
        ArgumentNullException.ThrowIfNull(toml);
        var values = new Dictionary<string, MetricValue>(StringComparer.Ordinal);
        var containers = new Stack<ContainerFrame>();
        string? pendingKey = null;
        try
        {
            var parser = TomlParser.Create(toml, new TomlParserOptions { Mode = TomlParserMode.Strict });
            while (parser.MoveNext())
            {
                var current = parser.Current;
                switch (current.Kind)
                {
                    case TomlParseEventKind.PropertyName:
                        pendingKey = parser.GetPropertyName();
                        break;
                    case TomlParseEventKind.StartTable:
                    case TomlParseEventKind.StartArray:
                        // The document itself is the first table: its entries have no prefix.
                        var prefix = containers.Count == 0 ? string.Empty : NextKey(containers.Peek(), ref pendingKey);
                        containers.Push(new ContainerFrame(prefix, current.Kind == TomlParseEventKind.StartArray));
                        break;
                    case TomlParseEventKind.EndTable:
                    case TomlParseEventKind.EndArray:
                        containers.Pop();
                        break;
                    case TomlParseEventKind.Integer:
                    case TomlParseEventKind.Float:
                    case TomlParseEventKind.Boolean:
                    case TomlParseEventKind.String:
                    case TomlParseEventKind.DateTime:
                        values[NextKey(containers.Peek(), ref pendingKey)] = Scalar(parser, current, toml);
                        break;
                }
            }
        }
        catch (TomlException error)
        {
            var detail = error.Diagnostics is { Count: > 0 } diagnostics ? diagnostics[0].Message : error.Message;
            throw MetricsFileException.Malformed(source, "TOML", error.Line, error.Column, detail, error);
        }

        return values;
    }

    private static string NextKey(ContainerFrame parent, ref string? pendingKey)
    {
        if (parent.IsArray)
        {
            return MetricKey.Join(parent.Prefix, parent.NextIndex++);
        }

        var key = MetricKey.Join(parent.Prefix, pendingKey ?? string.Empty);
        pendingKey = null;
        return key;
    }

    private static MetricValue Scalar(TomlParser parser, TomlParseEvent current, string toml)
    {
        switch (current.Kind)
        {
            case TomlParseEventKind.Integer:
                var integer = current.GetInt64();
                return MetricValue.Number(SourceText(current, toml) ?? integer.ToString(CultureInfo.InvariantCulture), integer, integer, isInteger: true);
            case TomlParseEventKind.Float:
                var number = current.GetDouble();
                var text = SourceText(current, toml);
                // TOML allows 1_000.5; the digits without underscores are the exact value.
                if (text is not null && MetricValue.TryParseNumber(text.Replace("_", string.Empty, StringComparison.Ordinal), out var exact))
                {
                    return MetricValue.Number(text, exact.Exact, number, isInteger: false);
                }

                return text is null ? MetricValue.FromDouble(number) : MetricValue.Number(text, null, number, isInteger: false);
            case TomlParseEventKind.Boolean:
                return MetricValue.Boolean(current.GetBoolean());
            case TomlParseEventKind.DateTime:
                return MetricValue.String(SourceText(current, toml) ?? current.GetTomlDateTime().ToString());
            default:
                return MetricValue.String(parser.GetString());
        }
    }

    private static string? SourceText(TomlParseEvent current, string toml)
    {
        if (current.Span is not { } span || span.Offset < 0 || span.Length <= 0 || span.Offset + span.Length > toml.Length)
        {
            return null;
        }

        return toml.Substring(span.Offset, span.Length);
    }
}
