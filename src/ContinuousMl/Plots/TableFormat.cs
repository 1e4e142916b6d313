namespace ContinuousMl.Plots;

/// <summary>How a plot file is laid out.</summary>
public enum TableFormat
{
    Csv,
    Tsv,

    /// <summary>An array of objects, or DVCLive's <c>{"name": [{...}]}</c>, or a metrics object (bar charts).</summary>
    Json,
}
