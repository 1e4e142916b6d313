namespace ContinuousMl.Forges;

/// <summary>
/// Attaches a pass/fail report to a commit: a GitHub check run, a GitLab commit status, a Bitbucket Code Insights
/// report. Kept apart from <see cref="IForge"/> so a forge offers only what it can do.
/// </summary>
public interface IChecks
{
    /// <summary>What the forge shows of the report; the caller fits the report to it before calling.</summary>
    CheckReportLimits ReportLimits { get; }

    Task<CreatedCheck> CreateAsync(CheckRunRequest request, CancellationToken cancellationToken);
}
