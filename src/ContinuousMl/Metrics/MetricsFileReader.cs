using System.Text;

namespace ContinuousMl.Metrics;

/// <summary>Reads any supported metrics or params file into flattened values, choosing the reader by extension.</summary>
public static class MetricsFileReader
{
    /// <summary>By extension; anything unknown is read as YAML (which JSON files also are), as DVC does.</summary>
    public static MetricsFileFormat FormatOf(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".json" => MetricsFileFormat.Json,
            ".toml" => MetricsFileFormat.Toml,
            ".csv" => MetricsFileFormat.Csv,
            ".tsv" => MetricsFileFormat.Tsv,
            _ => MetricsFileFormat.Yaml,
        };
    }

    /// <param name="content">The file's bytes; read from the start, and only the tail for a large CSV/TSV.</param>
    /// <param name="path">The file's path, for its format.</param>
    /// <param name="row">For CSV/TSV: the first-column value of the row to read (default: the last row).</param>
    /// <param name="source">Names the file and revision in errors: <c>metrics.json at main</c>.</param>
    public static async Task<Dictionary<string, MetricValue>> ReadAsync(Stream content, string path, string? row, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        switch (FormatOf(path))
        {
            case MetricsFileFormat.Json:
                using (var buffer = new MemoryStream())
                {
                    await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                    return JsonMetricsReader.Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), source);
                }

            case MetricsFileFormat.Toml:
                using (var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
                {
                    return TomlMetricsReader.Read(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false), source);
                }

            case MetricsFileFormat.Csv:
                return DelimitedMetricsReader.Read(content, ',', row, source);
            case MetricsFileFormat.Tsv:
                return DelimitedMetricsReader.Read(content, '\t', row, source);
            default:
                using (var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
                {
                    return YamlMetricsReader.Read(reader, source);
                }
        }
    }
}
