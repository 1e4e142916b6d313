namespace ContinuousMl.Plots;

/// <summary>Opens the reader a plot file's format needs.</summary>
public static class TableReaders
{
    public static ITableReader Open(TableSource source)
    {
        var text = source.Open();
        try
        {
            return source.Format == TableFormat.Json
                ? new JsonTableReader(text, source.Name)
                : new DelimitedTableReader(text, source.Name, source.Format);
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }
}
