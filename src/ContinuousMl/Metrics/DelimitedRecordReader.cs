using System.Text;

namespace ContinuousMl.Metrics;

/// <summary>
/// Reads CSV/TSV records one at a time (RFC 4180 quoting: a quoted field may hold the delimiter, newlines and doubled
/// quotes), so a file of any length is read with one record in memory.
/// </summary>
internal sealed class DelimitedRecordReader(TextReader reader, char delimiter, string source, string format)
{
    private readonly StringBuilder field = new();
    private int line = 1;

    /// <summary>The 1-based line the last record read started on.</summary>
    public int RecordLine { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the input.</summary>
    public bool TryRead(List<string> fields)
    {
        fields.Clear();
        var c = reader.Read();
        if (c == -1)
        {
            return false;
        }

        RecordLine = line;
        field.Clear();
        var quoted = false;
        var quoteLine = 0;
        var quoteColumn = 0;
        var column = 1;
        while (true)
        {
            if (quoted)
            {
                if (c == -1)
                {
                    throw MetricsFileException.Malformed(source, format, quoteLine, quoteColumn, "a quoted field is never closed");
                }

                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                        column++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                        column = 0;
                    }

                    field.Append((char)c);
                }
            }
            else if (c == -1 || c == '\n' || c == '\r')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                if (c != -1)
                {
                    line++;
                }

                fields.Add(field.ToString());
                return true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
                quoteLine = line;
                quoteColumn = column;
            }
            else
            {
                field.Append((char)c);
            }

            c = reader.Read();
            column++;
        }
    }
}
