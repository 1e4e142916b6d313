using ContinuousMl.Ci;
using ContinuousMl.Errors;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// Runs <c>workflow rerun</c>: the run is <c>--id</c>, else the run this job belongs to when the job runs in the
/// forge's own CI. Prints nothing on stdout, as CML; the rerun's page is logged.
/// </summary>
public sealed class WorkflowRerunHandler(IEnvironmentVariables environment, ForgeSessionOpener opener, ILoggerFactory loggers)
{
    private readonly ILogger logger = loggers.CreateLogger("workflow");

    public async Task<int> RunAsync(GlobalSettings globals, WorkflowRerunSettings settings, CancellationToken cancellationToken)
    {
        var job = await JobLocation.DetectAsync(environment, logger, cancellationToken).ConfigureAwait(false);
        var session = await opener.OpenAsync(globals, job, logger, cancellationToken).ConfigureAwait(false);
        var pipelines = session.Connection.Pipelines
            ?? throw new CmlException($"{session.Driver} cannot rerun CI runs through its API; rerun it from the forge's web page");
        var id = settings.Id ?? CurrentRunId(session.Driver, job.Ci)
            ?? throw new CmlException(
                $"no run to rerun: pass --id (the {pipelines.RunNoun}'s id), or run this inside the {session.Driver} CI job whose run it is",
                ExitCodes.Usage);

        var outcome = await pipelines.RerunAsync(id, cancellationToken).ConfigureAwait(false);
        logger.LogInformation(
            "{Noun} {Id} {What}: {Url}",
            pipelines.RunNoun,
            id,
            outcome.CancelledFirst ? "was cancelled and started again" : "started again",
            outcome.Url ?? outcome.Id);
        return ExitCodes.Success;
    }

    /// <summary>CML's default: the current run, as the forge's own CI names it (GitHub's run, GitLab's and Bitbucket's pipeline).</summary>
    public static string? CurrentRunId(string driver, CiContext ci)
    {
        ArgumentNullException.ThrowIfNull(ci);
        return (driver, ci.Name) switch
        {
            (DriverResolver.GitHub, GitHubActions.CiName) => ci.RunId,
            (DriverResolver.GitLab, GitLabCi.CiName) => ci.WorkflowId,
            (DriverResolver.Bitbucket, BitbucketPipelines.CiName) => ci.WorkflowId,
            _ => null,
        };
    }
}
