namespace ContinuousMl.Metrics;

/// <summary>Flattened names as DVC builds them: nested keys joined with dots, list items by index (<c>0.f1-score</c>).</summary>
public static class MetricKey
{
    public static string Join(string prefix, string segment) => prefix.Length == 0 ? segment : prefix + "." + segment;

    public static string Join(string prefix, int index) => Join(prefix, index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The last dotted segment: <c>train.loss</c> → <c>loss</c>.</summary>
    public static string Leaf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var dot = key.LastIndexOf('.');
        return dot < 0 ? key : key[(dot + 1)..];
    }
}
