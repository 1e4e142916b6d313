namespace ContinuousMl.Metrics;

/// <summary>One key of one file on both sides. A side without the file or the key has null.</summary>
public sealed class MetricsDiffRow
{
    // Computed on first use: a large diff mostly shows, and so subtracts, only its changed rows.
    private MetricValue? change;
    private double? relativeChange;
    private bool computed;

    public MetricsDiffRow(string path, string key, MetricValue? @base, MetricValue? head)
    {
        Path = path;
        Key = key;
        Base = @base;
        Head = head;
        Changed = @base is null || head is null || !head.ValueEquals(@base);
    }

    public string Path { get; }

    public string Key { get; }

    public MetricValue? Base { get; }

    public MetricValue? Head { get; }

    /// <summary>Head − base when both are numbers.</summary>
    public MetricValue? Change
    {
        get
        {
            Compute();
            return change;
        }
    }

    /// <summary>The change as a fraction of the base's magnitude, when both are numbers.</summary>
    public double? RelativeChange
    {
        get
        {
            Compute();
            return relativeChange;
        }
    }

    /// <summary>False only when both sides have the key with equal values.</summary>
    public bool Changed { get; }

    private void Compute()
    {
        if (computed)
        {
            return;
        }

        if (Base is not null && Head is not null)
        {
            change = MetricValue.Subtract(Head, Base);
            relativeChange = MetricValue.RelativeChange(Head, Base);
        }

        computed = true;
    }
}
