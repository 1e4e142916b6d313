namespace ContinuousMl.Metrics;

/// <summary>
/// A table, object or array a streaming reader (JSON, TOML) is inside while flattening: its dotted name, and the
/// next index when it is an array.
/// </summary>
internal sealed class ContainerFrame(string prefix, bool isArray)
{
    public string Prefix { get; } = prefix;

    public bool IsArray { get; } = isArray;

    public int NextIndex { get; set; }
}
