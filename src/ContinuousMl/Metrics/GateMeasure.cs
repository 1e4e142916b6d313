namespace ContinuousMl.Metrics;

/// <summary>What a gate rule looks at.</summary>
public enum GateMeasure
{
    /// <summary>The head's value itself (<c>f1&lt;0.8</c>: an absolute floor).</summary>
    Value,

    /// <summary>Head − base (<c>accuracy&lt;-0.01</c>: a signed threshold).</summary>
    Change,

    /// <summary>The change in percent of the base (<c>loss&gt;+5%</c>).</summary>
    RelativeChange,
}
