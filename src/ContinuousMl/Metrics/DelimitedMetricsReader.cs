using System.Text;

namespace ContinuousMl.Metrics;

/// <summary>
/// Reads one row of a CSV or TSV file (training logs, DVCLive's per-step TSVs) as metrics named by the header: the
/// last row, or the last row whose first column is <c>row</c>. For the last row of a large file only the header and
/// the file's tail are read; a 200 MB log costs a few kilobytes.
/// </summary>
public static class DelimitedMetricsReader
{
    /// <summary>Files above this size are read from the end when only the last row is wanted.</summary>
    public const long TailReadThreshold = 256 * 1024;

    private const int MaxTailBytes = 16 * 1024 * 1024;

    public static Dictionary<string, MetricValue> Read(Stream stream, char delimiter, string? row, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var format = delimiter == '\t' ? "TSV" : "CSV";
        var header = new List<string>();
        var selected = new List<string>();
        int? selectedLine;
        if (row is null && stream.CanSeek && stream.Length > TailReadThreshold && TryReadLastLine(stream, out var lastLine))
        {
            stream.Position = 0;
            ReadHeader(stream, delimiter, source, format, header);
            new DelimitedRecordReader(new StringReader(lastLine), delimiter, source, format).TryRead(selected);
            selectedLine = null;
        }
        else
        {
            if (stream.CanSeek)
            {
                stream.Position = 0;
            }

            selectedLine = ScanForward(stream, delimiter, row, source, format, header, selected);
        }

        if (header.Count == 0)
        {
            return new Dictionary<string, MetricValue>(StringComparer.Ordinal);
        }

        if (selected.Count == 0)
        {
            if (row is not null)
            {
                throw new MetricsFileException(source, $"no row whose first column is '{row}' (check --row)");
            }

            return new Dictionary<string, MetricValue>(StringComparer.Ordinal);
        }

        if (selected.Count > header.Count)
        {
            var where = selectedLine is { } l ? $"line {l}" : "the last line";
            throw new MetricsFileException(source, $"{where} has {selected.Count} fields but the header has {header.Count}");
        }

        var values = new Dictionary<string, MetricValue>(StringComparer.Ordinal);
        for (var i = 0; i < selected.Count; i++)
        {
            values[header[i]] = Cell(selected[i]);
        }

        return values;
    }

    /// <summary>A cell's value: a number (including <c>nan</c>, <c>inf</c>), a boolean, or the text.</summary>
    public static MetricValue Cell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (MetricValue.TryParseNumber(text, out var number))
        {
            return number;
        }

        return text switch
        {
            "true" or "True" or "TRUE" => MetricValue.True,
            "false" or "False" or "FALSE" => MetricValue.False,
            _ => MetricValue.String(text),
        };
    }

    private static int? ScanForward(Stream stream, char delimiter, string? row, string source, string format, List<string> header, List<string> selected)
    {
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var records = new DelimitedRecordReader(text, delimiter, source, format);
        int? selectedLine = null;
        var current = new List<string>();
        while (records.TryRead(current))
        {
            if (IsBlank(current))
            {
                continue;
            }

            if (header.Count == 0)
            {
                header.AddRange(current);
                continue;
            }

            if (row is null || current[0] == row)
            {
                selected.Clear();
                selected.AddRange(current);
                selectedLine = records.RecordLine;
            }
        }

        return selectedLine;
    }

    private static void ReadHeader(Stream stream, char delimiter, string source, string format, List<string> header)
    {
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        var records = new DelimitedRecordReader(text, delimiter, source, format);
        while (records.TryRead(header) && IsBlank(header))
        {
        }
    }

    /// <summary>
    /// The file's last non-blank line, read from the end. False when it cannot be taken alone: it is the first line
    /// (no data rows, or a header only), or it has an odd number of quotes and so may end a field that spans lines.
    /// </summary>
    private static bool TryReadLastLine(Stream stream, out string line)
    {
        line = string.Empty;
        var length = stream.Length;
        for (var window = 64 * 1024; window <= MaxTailBytes; window *= 4)
        {
            var start = Math.Max(0, length - window);
            var buffer = new byte[length - start];
            stream.Position = start;
            stream.ReadExactly(buffer);

            var end = buffer.Length;
            while (end > 0 && buffer[end - 1] is (byte)'\n' or (byte)'\r')
            {
                end--;
            }

            var newline = Array.LastIndexOf(buffer, (byte)'\n', Math.Max(end - 1, 0));
            if (end > 0 && newline < 0 && start > 0)
            {
                continue; // the line started before this window
            }

            if (end == 0 || newline < 0)
            {
                return false; // blank, or the whole file is one line
            }

            var bytes = buffer.AsSpan(newline + 1, end - newline - 1);
            if (bytes.Count((byte)'"') % 2 != 0)
            {
                return false;
            }

            line = Encoding.UTF8.GetString(bytes);
            return true;
        }

        return false;
    }

    private static bool IsBlank(List<string> record) => record.Count == 1 && string.IsNullOrWhiteSpace(record[0]);
}
