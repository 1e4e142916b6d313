using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContinuousMl.Metrics;

/// <summary>
/// Writes a diff in <c>dvc metrics diff --json</c>'s shape, <c>{path: {name: {"old", "new", "diff"}}}</c>, with
/// <c>relative</c>, <c>direction</c>, <c>verdict</c> and <c>failed</c> added for metrics. Numbers are written as the
/// file wrote them when that is valid JSON; NaN and infinities, which JSON lacks, become strings.
/// </summary>
public static class JsonDiffWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(MetricsDiff diff, DiffTableOptions options, GateReport? gates = null)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(options);
        gates ??= GateReport.Empty;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            foreach (var file in diff.Rows.GroupBy(row => row.Path, StringComparer.Ordinal))
            {
                var shown = file.Select(row => (Row: row, Broken: gates.RulesBrokenBy(row)))
                    .Where(item => item.Row.Changed || options.All || item.Broken.Count > 0)
                    .ToList();
                if (shown.Count == 0)
                {
                    continue;
                }

                json.WriteStartObject(file.Key);
                foreach (var (row, broken) in shown)
                {
                    WriteRow(json, row, broken, options);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    private static void WriteRow(Utf8JsonWriter json, MetricsDiffRow row, IReadOnlyList<GateRule> broken, DiffTableOptions options)
    {
        json.WriteStartObject(row.Key);
        json.WritePropertyName("old");
        WriteValue(json, row.Base);
        json.WritePropertyName("new");
        WriteValue(json, row.Head);
        if (options.ShowChange && row.Change is { } change)
        {
            json.WritePropertyName("diff");
            WriteValue(json, change);
            if (row.RelativeChange is { } relative && double.IsFinite(relative))
            {
                json.WriteNumber("relative", relative);
            }
        }

        if (options.Directions is { } directions)
        {
            var direction = directions.Of(row.Key);
            json.WriteString("direction", direction switch
            {
                MetricDirection.HigherIsBetter => "higher",
                MetricDirection.LowerIsBetter => "lower",
                _ => "unknown",
            });
            if (direction != MetricDirection.Unknown && row.Change is { Sign: var sign and not 0 })
            {
                json.WriteString("verdict", (sign > 0) == (direction == MetricDirection.HigherIsBetter) ? "better" : "worse");
            }
        }

        if (broken.Count > 0)
        {
            json.WriteStartArray("failed");
            foreach (var rule in broken)
            {
                json.WriteStringValue(rule.Text);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, MetricValue? value)
    {
        switch (value)
        {
            case null:
            case { Kind: MetricValueKind.Null }:
                json.WriteNullValue();
                break;
            case { Kind: MetricValueKind.Boolean }:
                json.WriteBooleanValue(ReferenceEquals(value, MetricValue.True));
                break;
            case { Kind: MetricValueKind.Text }:
                json.WriteStringValue(value.Text);
                break;
            case { Exact: { } exact }:
                if (IsJsonNumber(value.Text))
                {
                    json.WriteRawValue(value.Text, skipInputValidation: true);
                }
                else
                {
                    json.WriteNumberValue(exact);
                }

                break;
            default:
                if (double.IsFinite(value.Approximate))
                {
                    json.WriteNumberValue(value.Approximate);
                }
                else
                {
                    json.WriteStringValue(double.IsNaN(value.Approximate) ? "NaN" : value.Approximate > 0 ? "Infinity" : "-Infinity");
                }

                break;
        }
    }

    // JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private static bool IsJsonNumber(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i >= text.Length || !char.IsAsciiDigit(text[i]))
        {
            return false;
        }

        if (text[i] == '0')
        {
            i++;
        }
        else
        {
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] == '.')
        {
            var start = ++i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        return i == text.Length;
    }
}
