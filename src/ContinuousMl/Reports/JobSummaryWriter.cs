using System.Text;

namespace ContinuousMl.Reports;

/// <summary>
/// Appends a report to GitHub's job summary (the file <c>GITHUB_STEP_SUMMARY</c> names). The runner refuses a step's
/// summary over 1 MiB and then shows none of it, so the report is fitted into what the file has left; what other
/// commands of the step wrote stays. It needs no token, so it works where comments cannot be posted (fork PRs).
/// </summary>
public static class JobSummaryWriter
{
    /// <summary>Below this much room a shortened report would say nothing useful; the summary is left alone.</summary>
    public const int MinimumRoom = 1_024;

    private const string Separator = "\n\n";

    /// <param name="summaryFile">The step's summary file; created when missing.</param>
    /// <param name="markdown">The report.</param>
    /// <param name="fullReportLocation">Where the whole report is, for the notice of a shortened one.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>What was appended, or null when the file had no room left.</returns>
    public static async Task<FittedReport?> AppendAsync(string summaryFile, string markdown, string fullReportLocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summaryFile);
        ArgumentNullException.ThrowIfNull(markdown);
        var existing = File.Exists(summaryFile) ? new FileInfo(summaryFile).Length : 0;
        var separator = existing > 0 ? Separator : string.Empty;
        var room = ReportLimit.JobSummary.MaxSize - existing - Encoding.UTF8.GetByteCount(separator) - 1;
        if (room < MinimumRoom)
        {
            return null;
        }

        var fitted = ReportBudget.Fit(markdown.TrimEnd('\n'), ReportLimit.JobSummary with { MaxSize = (int)room }, fullReportLocation);
        var directory = Path.GetDirectoryName(Path.GetFullPath(summaryFile));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await File.AppendAllTextAsync(summaryFile, separator + fitted.Text + "\n", new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return fitted;
    }
}
