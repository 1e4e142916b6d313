namespace ContinuousMl.Plots;

/// <summary>A plot file read for an x/y chart: the columns used and one accumulated series per y column.</summary>
public sealed record LoadedTable(ColumnSelection Columns, IReadOnlyList<SeriesAccumulator> Series);
