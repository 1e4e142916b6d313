namespace ContinuousMl.Plots;

/// <summary>Rows of a plot file, read forward once, with the header's column names.</summary>
public interface ITableReader : IDisposable
{
    /// <summary>The column names in file order.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>Where the current row is, for messages: <c>line 12</c> (delimited) or <c>row 12</c> (JSON).</summary>
    string Location { get; }

    /// <summary>Moves to the next row; false at the end.</summary>
    bool MoveNext();

    /// <summary>The current row's text in a column; empty when the row has no such field.</summary>
    ReadOnlySpan<char> Field(int column);
}
