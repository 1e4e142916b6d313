namespace ContinuousMl.Metrics;

/// <summary>The formats metrics and params files are read in, chosen by extension.</summary>
public enum MetricsFileFormat
{
    Json,
    Yaml,
    Toml,
    Csv,
    Tsv,
}
