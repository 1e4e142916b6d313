namespace ContinuousMl.Reports;

/// <summary>How a report's charts are written.</summary>
public enum ChartForm
{
    /// <summary>Mermaid blocks the forge draws from text (GitHub, GitLab); confusion matrices as tables; scatter plots as PNG.</summary>
    Mermaid,

    /// <summary>PNG files next to the report, published with it (Bitbucket, or <c>--images</c>).</summary>
    Images,
}
