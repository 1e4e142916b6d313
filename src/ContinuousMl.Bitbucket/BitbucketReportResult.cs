using ContinuousMl.Forges;

namespace ContinuousMl.Bitbucket;

/// <summary>
/// A check's status and conclusion as a Code Insights result. Reports only know passed, failed and pending: a
/// neutral or skipped check passes, a cancelled or timed-out one fails (it did not show the change is good).
/// </summary>
public static class BitbucketReportResult
{
    public static string From(CheckStatus status, CheckConclusion conclusion) => status switch
    {
        CheckStatus.Queued or CheckStatus.InProgress => "PENDING",
        _ => conclusion is CheckConclusion.Success or CheckConclusion.Neutral or CheckConclusion.Skipped ? "PASSED" : "FAILED",
    };
}
