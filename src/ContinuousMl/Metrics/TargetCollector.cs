namespace ContinuousMl.Metrics;

/// <summary>Merges declarations of the same file: keys add up, and a whole-file declaration wins over keys.</summary>
internal sealed class TargetCollector
{
    private readonly List<string> order = [];
    private readonly Dictionary<string, HashSet<string>?> keys = new(StringComparer.Ordinal);

    public void AddWholeFile(string path)
    {
        if (!keys.ContainsKey(path))
        {
            order.Add(path);
        }

        keys[path] = null;
    }

    public void AddKey(string path, string key)
    {
        if (!keys.TryGetValue(path, out var existing))
        {
            order.Add(path);
            keys[path] = new HashSet<string>(StringComparer.Ordinal) { key };
        }
        else
        {
            existing?.Add(key);
        }
    }

    public List<MetricsTarget> ToList() =>
        order.Select(path => new MetricsTarget(path, keys[path]?.Order(StringComparer.Ordinal).ToList())).ToList();
}
