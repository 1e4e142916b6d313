using System.Globalization;
using System.Net;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using Microsoft.Extensions.Logging;
using Octokit;

namespace ContinuousMl.GitHub;

/// <summary>
/// Reruns a GitHub Actions workflow run. GitHub refuses to rerun a run that has not finished, so a queued or
/// running one is cancelled first and polled until it has stopped (bounded: a run that never stops ends the
/// command instead of hanging the job that asked).
/// </summary>
public sealed class GitHubReruns : IPipelines
{
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan DefaultMaxCancelWait = TimeSpan.FromMinutes(3);

    private const string Completed = "completed";

    private readonly IGitHubClient client;
    private readonly GitHubRepository repository;
    private readonly ILogger logger;
    private readonly TimeSpan pollInterval;
    private readonly TimeSpan maxCancelWait;
    private readonly TimeProvider time;

    public GitHubReruns(
        IGitHubClient client, GitHubRepository repository, ILogger logger, TimeSpan? pollInterval = null, TimeSpan? maxCancelWait = null, TimeProvider? time = null)
    {
        this.client = client;
        this.repository = repository;
        this.logger = logger;
        this.pollInterval = pollInterval ?? DefaultPollInterval;
        this.maxCancelWait = maxCancelWait ?? DefaultMaxCancelWait;
        this.time = time ?? TimeProvider.System;
    }

    public string RunNoun => "workflow run";

    public async Task<RerunOutcome> RerunAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var runId) || runId <= 0)
        {
            throw new CmlException($"--id \"{id}\" is not a GitHub Actions run id (the number in …/actions/runs/<id>)", ExitCodes.Usage);
        }

        var run = await GetAsync(runId, cancellationToken).ConfigureAwait(false);
        var cancelled = false;
        if (Status(run) != Completed)
        {
            logger.LogInformation("workflow run {Id} is {Status}; cancelling it first, as GitHub only reruns finished runs", runId, Status(run));
            await CancelAsync(runId).ConfigureAwait(false);
            run = await WaitUntilCompletedAsync(runId, cancellationToken).ConfigureAwait(false);
            cancelled = true;
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await client.Actions.Workflows.Runs.Rerun(repository.Owner, repository.Name, runId).ConfigureAwait(false);
        }
        catch (ForbiddenException ex)
        {
            throw new ForgeRequestException(
                $"GitHub refused to rerun workflow run {runId} in {repository} (403 {ex.Message}): the token needs `actions: write` (the workflow's GITHUB_TOKEN with `permissions: actions: write`, or a personal access token with the repo and workflow scopes)",
                403, outcomeUnknown: false, ex);
        }
        catch (Exception ex)
        {
            throw GitHubErrors.Translate(ex, $"rerun workflow run {runId}", repository);
        }

        return new RerunOutcome(runId.ToString(CultureInfo.InvariantCulture), run.HtmlUrl, cancelled);
    }

    private async Task CancelAsync(long runId)
    {
        try
        {
            await client.Actions.Workflows.Runs.Cancel(repository.Owner, repository.Name, runId).ConfigureAwait(false);
        }
        catch (ApiException ex) when (ex.StatusCode == HttpStatusCode.Conflict)
        {
            // It finished between our read and the cancel: nothing to stop.
            logger.LogDebug("workflow run {Id} finished before it could be cancelled", runId);
        }
        catch (Exception ex)
        {
            throw GitHubErrors.Translate(ex, $"cancel workflow run {runId} before rerunning it", repository);
        }
    }

    private async Task<WorkflowRun> WaitUntilCompletedAsync(long runId, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            await Task.Delay(pollInterval, time, cancellationToken).ConfigureAwait(false);
            var run = await GetAsync(runId, cancellationToken).ConfigureAwait(false);
            if (Status(run) == Completed)
            {
                return run;
            }

            if (time.GetElapsedTime(started) >= maxCancelWait)
            {
                throw new CmlException(
                    $"workflow run {runId} was still {Status(run)} {maxCancelWait.TotalSeconds:0} s after it was cancelled, so it cannot be rerun yet; rerun it later from {run.HtmlUrl}");
            }
        }
    }

    private async Task<WorkflowRun> GetAsync(long runId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await client.Actions.Workflows.Runs.Get(repository.Owner, repository.Name, runId).ConfigureAwait(false);
        }
        catch (NotFoundException ex)
        {
            throw new ForgeRequestException(
                $"GitHub has no workflow run {runId} in {repository} (404): check --id (the number in …/actions/runs/<id>) and that the token can see the repository's Actions",
                404, outcomeUnknown: false, ex);
        }
        catch (Exception ex)
        {
            throw GitHubErrors.Translate(ex, $"read workflow run {runId}", repository);
        }
    }

    private static string Status(WorkflowRun run) => run.Status.StringValue ?? "unknown";
}
