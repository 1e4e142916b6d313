using ContinuousMl.Assets;
using ContinuousMl.Checks;
using ContinuousMl.Ci;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using ContinuousMl.Reports;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// Runs <c>check create</c>: read the report (and the gates' verdict), publish its images where the check renders
/// Markdown, fit it to the forge's limit, attach it to the commit. Prints nothing on stdout, as CML.
/// </summary>
public sealed class CheckCreateHandler(IEnvironmentVariables environment, ForgeSessionOpener opener, ILoggerFactory loggers)
{
    /// <summary>CML's warning when the token is not the one Actions gave the job.</summary>
    public const string PersonalTokenWarning = "Your token is different than the GITHUB_TOKEN, this command does not work with PAT.";

    /// <summary>CML's warning outside a CI run.</summary>
    public const string OutsideCiWarning = "This command only works inside a Github runner or a Github app.";

    private readonly ILogger logger = loggers.CreateLogger("check");

    public async Task<int> RunAsync(GlobalSettings globals, CheckCreateSettings settings, CancellationToken cancellationToken)
    {
        var job = await JobLocation.DetectAsync(environment, logger, cancellationToken).ConfigureAwait(false);
        var (report, reportPath) = await ReadReportAsync(settings.MarkdownFile, cancellationToken).ConfigureAwait(false);
        var conclusion = settings.ConclusionFromGates is null
            ? settings.Conclusion
            : await ConclusionFromGatesAsync(settings.ConclusionFromGates, cancellationToken).ConfigureAwait(false);

        var session = await opener.OpenAsync(globals, job, logger, cancellationToken).ConfigureAwait(false);
        var checks = session.Connection.Checks
            ?? throw new CmlException($"{session.Driver} has no checks on commits; post the report with `cml comment create --target commit` instead");
        if (session.Driver == DriverResolver.GitHub)
        {
            WarnAboutGitHubToken(session.Token);
        }

        var sha = await ShaAsync(settings.CommitSha, job, cancellationToken).ConfigureAwait(false);
        var limits = checks.ReportLimits;
        if (limits.RendersMarkdown)
        {
            var publisher = new ReportAssetPublisher(new WorkspaceGuard(job.Workspace), loggers.CreateLogger("assets"));
            report = (await publisher.PublishAsync(report, reportPath, session.Connection.Assets, cancellationToken).ConfigureAwait(false)).Markdown;
        }

        if (report.Length > limits.MaxCharacters)
        {
            logger.LogWarning("the report has {Length} characters, more than a {Forge} check keeps ({Max}); it was shortened", report.Length, session.Driver, limits.MaxCharacters);
            report = ReportBudget.Fit(report, limits.MaxCharacters, $"in `{settings.MarkdownFile}` of the job's workspace");
        }

        var request = new CheckRunRequest(sha, settings.Title, settings.Status, conclusion, report, CiJobUrl.Of(job.Ci));
        var created = await checks.CreateAsync(request, cancellationToken).ConfigureAwait(false);
        var state = settings.Status == CheckStatus.Completed ? CheckStates.Name(conclusion) : CheckStates.Name(settings.Status);
        logger.LogInformation("check \"{Title}\" is {State} on commit {Sha}: {Url}", settings.Title, state, sha, created.Url ?? "(no page)");
        return ExitCodes.Success;
    }

    private async Task<CheckConclusion> ConclusionFromGatesAsync(string path, CancellationToken cancellationToken)
    {
        var verdict = await GateVerdictFile.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (verdict.Passed)
        {
            logger.LogInformation("the quality gates in {File} passed: conclusion success", path);
            return CheckConclusion.Success;
        }

        logger.LogInformation("the quality gates in {File} failed ({Failures}): conclusion failure", path, verdict.Failures.Count == 0 ? "as the file states" : string.Join("; ", verdict.Failures));
        return CheckConclusion.Failure;
    }

    private void WarnAboutGitHubToken(ResolvedToken token)
    {
        if (string.IsNullOrWhiteSpace(environment.Get("CI")) || !string.IsNullOrWhiteSpace(environment.Get("TPI_TASK")))
        {
            logger.LogWarning("{Warning}", OutsideCiWarning);
        }

        var actionsToken = environment.Get("GITHUB_TOKEN")?.Trim();
        if (!string.IsNullOrEmpty(actionsToken) && actionsToken != token.Value)
        {
            logger.LogWarning("{Warning}", PersonalTokenWarning);
        }
    }

    /// <summary>--commit-sha rev-parsed (as given when git cannot), else the CI's commit, else HEAD.</summary>
    private static async Task<string> ShaAsync(string? commitSha, JobLocation job, CancellationToken cancellationToken)
    {
        if (commitSha is not null)
        {
            return await job.Git.TryRevParseAsync(commitSha, cancellationToken).ConfigureAwait(false) ?? commitSha;
        }

        return job.Ci.Sha
            ?? await job.Git.TryRevParseAsync("HEAD", cancellationToken).ConfigureAwait(false)
            ?? throw new CmlException("no commit to attach the check to: run inside a git checkout or CI job, or pass --commit-sha <sha>");
    }

    private static async Task<(string Text, string Path)> ReadReportAsync(string file, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(file);
        try
        {
            return (await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CmlException($"{file}: file not found; pass the path of the Markdown report to attach");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CmlException($"{file}: permission denied reading the report");
        }
    }
}
