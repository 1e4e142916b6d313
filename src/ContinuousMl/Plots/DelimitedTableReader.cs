using System.Text;
using ContinuousMl.Errors;

namespace ContinuousMl.Plots;

/// <summary>
/// CSV and TSV with a header row, streamed a line at a time. Plain lines are split in place; a line with a quote
/// is parsed as RFC 4180 (doubled quotes, delimiters and line breaks inside quotes), as pandas writes when it must.
/// A <c>.csv</c> whose header has tabs and no commas is read as TSV. Lines are found in a reusable character
/// buffer and fields are spans into it, so a million-row log allocates nothing per row.
/// </summary>
public sealed class DelimitedTableReader : ITableReader
{
    private readonly TextReader reader;
    private readonly char delimiter;
    private char[] buffer = new char[1 << 16];
    private int bufferStart;
    private int bufferEnd;
    private bool exhausted;
    private int lineStart;
    private int lineLength;
    private readonly string[] columns;
    private readonly List<string> quotedFields = [];
    private int[] ranges = new int[16];
    private int fieldCount;
    private bool quoted;
    private long lineNumber;
    private long rowLine;

    public DelimitedTableReader(TextReader reader, string name, TableFormat format)
    {
        this.reader = reader;
        if (!NextLine())
        {
            throw new CmlException($"{name} is empty: it needs a header row and at least one data row");
        }

        var header = Line;
        delimiter = format == TableFormat.Tsv || (!header.Contains(',') && header.Contains('\t')) ? '\t' : ',';
        Split();
        columns = new string[fieldCount];
        for (var i = 0; i < fieldCount; i++)
        {
            columns[i] = Field(i).Trim().ToString();
        }
    }

    public IReadOnlyList<string> Columns => columns;

    public string Location => $"line {rowLine}";

    private ReadOnlySpan<char> Line => buffer.AsSpan(lineStart, lineLength);

    public bool MoveNext()
    {
        if (!NextLine())
        {
            return false;
        }

        rowLine = lineNumber;
        Split();
        return true;
    }

    public ReadOnlySpan<char> Field(int column)
    {
        if (column >= fieldCount)
        {
            return [];
        }

        return quoted ? quotedFields[column] : buffer.AsSpan(lineStart + ranges[2 * column], ranges[(2 * column) + 1]);
    }

    public void Dispose() => reader.Dispose();

    /// <summary>Moves to the next line that is not blank; false at the end of the text.</summary>
    private bool NextLine()
    {
        while (ReadPhysicalLine())
        {
            if (!Line.IsWhiteSpace())
            {
                return true;
            }
        }

        return false;
    }

    private bool ReadPhysicalLine()
    {
        while (true)
        {
            var newline = buffer.AsSpan(bufferStart, bufferEnd - bufferStart).IndexOf('\n');
            if (newline >= 0 || (exhausted && bufferEnd > bufferStart))
            {
                var length = newline >= 0 ? newline : bufferEnd - bufferStart;
                lineStart = bufferStart;
                lineLength = length > 0 && buffer[bufferStart + length - 1] == '\r' ? length - 1 : length;
                bufferStart += newline >= 0 ? length + 1 : length;
                lineNumber++;
                return true;
            }

            if (exhausted)
            {
                return false;
            }

            Refill();
        }
    }

    /// <summary>Moves the unread text to the front and reads more after it, growing the buffer for a very long line.</summary>
    private void Refill()
    {
        var unread = bufferEnd - bufferStart;
        if (unread == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        else if (bufferStart > 0)
        {
            Array.Copy(buffer, bufferStart, buffer, 0, unread);
        }

        bufferStart = 0;
        bufferEnd = unread;
        var read = reader.Read(buffer, bufferEnd, buffer.Length - bufferEnd);
        if (read == 0)
        {
            exhausted = true;
        }

        bufferEnd += read;
    }

    private void Split()
    {
        var text = Line;
        fieldCount = 0;
        quoted = text.Contains('"');
        if (quoted)
        {
            SplitQuoted(text.ToString());
            return;
        }

        var start = 0;
        while (true)
        {
            var end = text[start..].IndexOf(delimiter);
            AddRange(start, end < 0 ? text.Length - start : end);
            if (end < 0)
            {
                return;
            }

            start += end + 1;
        }
    }

    private void AddRange(int start, int length)
    {
        if ((2 * fieldCount) + 2 > ranges.Length)
        {
            Array.Resize(ref ranges, ranges.Length * 2);
        }

        ranges[2 * fieldCount] = start;
        ranges[(2 * fieldCount) + 1] = length;
        fieldCount++;
    }

    private void SplitQuoted(string text)
    {
        quotedFields.Clear();
        var field = new StringBuilder();
        var inQuotes = false;
        var i = 0;
        while (true)
        {
            if (i == text.Length)
            {
                if (!inQuotes)
                {
                    break;
                }

                // A quoted field runs on to the next physical line.
                if (!ReadPhysicalLine())
                {
                    break;
                }

                field.Append('\n');
                text = Line.ToString();
                i = 0;
                continue;
            }

            var c = text[i++];
            if (inQuotes)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i < text.Length && text[i] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = false;
                }
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == delimiter)
            {
                quotedFields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        quotedFields.Add(field.ToString());
        fieldCount = quotedFields.Count;
    }
}
