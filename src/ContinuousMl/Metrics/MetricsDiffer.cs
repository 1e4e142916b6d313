namespace ContinuousMl.Metrics;

/// <summary>Pairs up the flattened values of one file's two sides: every key of either side, sorted ordinally as DVC does.</summary>
public static class MetricsDiffer
{
    /// <param name="base">The base side's values, or null when the base has no such file.</param>
    /// <param name="head">The head side's values, or null when the head has no such file.</param>
    public static IEnumerable<MetricsDiffRow> Diff(MetricsTarget target, IReadOnlyDictionary<string, MetricValue>? @base, IReadOnlyDictionary<string, MetricValue>? head)
    {
        ArgumentNullException.ThrowIfNull(target);
        var union = new HashSet<string>(StringComparer.Ordinal);
        union.UnionWith((@base?.Keys ?? []).Where(target.Includes));
        union.UnionWith((head?.Keys ?? []).Where(target.Includes));
        var keys = union.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            MetricValue? before = null;
            MetricValue? after = null;
            @base?.TryGetValue(key, out before);
            head?.TryGetValue(key, out after);
            yield return new MetricsDiffRow(target.Path, key, before, after);
        }
    }
}
