using System.Globalization;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.GitLab;

/// <summary>
/// Reruns a GitLab pipeline as CML does: a pipeline still going is cancelled first, then retried (GitLab's retry
/// reruns the pipeline's failed and canceled jobs).
/// </summary>
public sealed class GitLabReruns : IPipelines
{
    private static readonly HashSet<string> Unfinished = new(StringComparer.Ordinal)
    {
        "created", "waiting_for_resource", "preparing", "waiting_for_callback", "pending", "running", "scheduled",
    };

    private readonly GitLabPipelinesClient pipelines;
    private readonly ILogger logger;

    public GitLabReruns(GitLabApi api, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(api);
        pipelines = new GitLabPipelinesClient(api.Connection);
        this.logger = logger;
    }

    public string RunNoun => "pipeline";

    public async Task<RerunOutcome> RerunAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var pipelineId) || pipelineId <= 0)
        {
            throw new CmlException($"--id \"{id}\" is not a GitLab pipeline id (the number in …/-/pipelines/<id>)", ExitCodes.Usage);
        }

        var pipeline = await pipelines.GetAsync(pipelineId, cancellationToken).ConfigureAwait(false);
        var cancelled = false;
        if (pipeline.Status is { } status && Unfinished.Contains(status))
        {
            logger.LogInformation("pipeline {Id} is {Status}; cancelling it before the retry", pipelineId, status);
            await pipelines.CancelAsync(pipelineId, cancellationToken).ConfigureAwait(false);
            cancelled = true;
        }
        else if (pipeline.Status == "success")
        {
            logger.LogWarning("pipeline {Id} succeeded; GitLab's retry reruns only failed and canceled jobs, so no job may start", pipelineId);
        }

        var retried = await pipelines.RetryAsync(pipelineId, cancellationToken).ConfigureAwait(false);
        return new RerunOutcome(retried.Id.ToString(CultureInfo.InvariantCulture), retried.WebUrl ?? pipeline.WebUrl, cancelled);
    }
}
