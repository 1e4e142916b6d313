namespace ContinuousMl.Metrics;

/// <summary>How a diff is printed.</summary>
public enum DiffOutputFormat
{
    /// <summary>An aligned text table for a terminal.</summary>
    Plain,

    /// <summary>A GitHub-flavoured Markdown table in <c>dvc metrics diff --md</c>'s layout.</summary>
    Markdown,

    /// <summary>DVC's <c>--json</c> shape, with our direction and gate fields added.</summary>
    Json,
}
