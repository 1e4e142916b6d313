namespace ContinuousMl.Reports;

/// <summary>What a size limit counts.</summary>
public enum ReportSizeUnit
{
    /// <summary>UTF-16 code units: never fewer than the code points the forges count, so a fit is never too long.</summary>
    Characters,

    /// <summary>UTF-8 bytes, as GitHub counts the job summary file.</summary>
    Utf8Bytes,
}
