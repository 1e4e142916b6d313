using System.Text;
using System.Text.Json;
using ContinuousMl.Errors;
using ContinuousMl.Metrics;

namespace ContinuousMl.Plots;

/// <summary>
/// A JSON plot file as rows: an array of objects (<c>[{"actual": "cat", "predicted": "dog"}]</c>), or DVCLive's and
/// DVC's <c>{"roc": [{"fpr": 0, "tpr": 0}]}</c>, whose first array of objects is taken as DVC does. Columns are
/// every key in the order first seen. Python's bare <c>NaN</c> and <c>Infinity</c> (scikit-learn's first ROC
/// threshold) are accepted and read as missing values.
/// </summary>
public sealed class JsonTableReader : ITableReader
{
    private readonly JsonDocument document;
    private readonly List<JsonElement> rows = [];
    private readonly List<string> columns = [];
    private int row = -1;
    private string current = string.Empty;

    public JsonTableReader(TextReader reader, string name)
    {
        string text;
        using (reader)
        {
            text = reader.ReadToEnd();
        }

        document = Parse(text, name);
        var array = RowsOf(document.RootElement)
            ?? throw new CmlException($"{name} holds no rows: expected an array of objects or {{\"name\": [{{...}}, ...]}} as DVCLive writes");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            index++;
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new CmlException($"{name}: row {index} is {element.ValueKind.ToString().ToLowerInvariant()}, not an object of named values");
            }

            rows.Add(element);
            foreach (var property in element.EnumerateObject())
            {
                if (seen.Add(property.Name))
                {
                    columns.Add(property.Name);
                }
            }
        }

        if (rows.Count == 0)
        {
            throw new CmlException($"{name} is empty: its array has no rows");
        }
    }

    public IReadOnlyList<string> Columns => columns;

    public string Location => $"row {row + 1}";

    /// <summary>The parsed document, for callers that read a metrics object rather than rows.</summary>
    public static JsonDocument Parse(string text, string name)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        if (JsonNonFiniteRewriter.TryRewrite(utf8, out var rewritten))
        {
            utf8 = rewritten;
        }

        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new CmlException($"{name} is not valid JSON: {ex.Message}", inner: ex);
        }
    }

    /// <summary>The array of row objects in a plot file's root, or null when it has none (a metrics object).</summary>
    public static JsonElement? RowsOf(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root;
        }

        if (root.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in root.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Array && property.Value.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object))
                {
                    return property.Value;
                }
            }
        }

        return null;
    }

    public bool MoveNext()
    {
        if (row + 1 >= rows.Count)
        {
            return false;
        }

        row++;
        return true;
    }

    public ReadOnlySpan<char> Field(int column)
    {
        current = rows[row].TryGetProperty(columns[column], out var value) ? Text(value) : string.Empty;
        return current;
    }

    public void Dispose() => document.Dispose();

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        _ => value.GetRawText(),
    };
}
