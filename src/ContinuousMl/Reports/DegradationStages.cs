namespace ContinuousMl.Reports;

/// <summary>What fitting a report into its limit had to do, least lossy first.</summary>
[Flags]
public enum DegradationStages
{
    /// <summary>The report fitted as written.</summary>
    None = 0,

    /// <summary>Large sections were folded into <c>&lt;details&gt;</c>; nothing was lost.</summary>
    SectionsFolded = 1,

    /// <summary>Rows were cut off the end of long tables, each followed by a line saying how many.</summary>
    TablesTruncated = 2,

    /// <summary>The end of the report was replaced by a pointer to the full report.</summary>
    TailCut = 4,
}
