namespace ContinuousMl.Plots;

/// <summary>Exact facts about a whole series, kept while its points are downsampled.</summary>
/// <param name="Count">How many points the file had (missing values excluded).</param>
public sealed record SeriesSummary(long Count, DataPoint First, DataPoint Last, DataPoint Min, DataPoint Max);
