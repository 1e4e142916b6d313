using System.Globalization;
using System.Text.Json;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Bitbucket;

/// <summary>
/// Reruns a Bitbucket pipeline as CML does: Bitbucket has no rerun call, so a new pipeline is started for the
/// old one's target (branch, tag, commit or pull request, with its custom selector).
/// </summary>
public sealed class BitbucketReruns : IPipelines
{
    private readonly BitbucketClient client;
    private readonly BitbucketRepository repository;
    private readonly ILogger logger;

    public BitbucketReruns(BitbucketClient client, BitbucketRepository repository, ILogger logger)
    {
        this.client = client;
        this.repository = repository;
        this.logger = logger;
    }

    public string RunNoun => "pipeline";

    public async Task<RerunOutcome> RerunAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var uuid = id.Trim();
        if (uuid.Length == 0)
        {
            throw new CmlException("--id is empty; pass the pipeline's UUID (BITBUCKET_PIPELINE_UUID)", ExitCodes.Usage);
        }

        Json.BitbucketPipeline pipeline;
        try
        {
            pipeline = await client.Pipelines.GetAsync(repository, uuid, cancellationToken).ConfigureAwait(false);
        }
        catch (BitbucketApiException ex) when (ex.StatusCode == 404)
        {
            throw new ForgeRequestException(
                $"Bitbucket has no pipeline {uuid} in {repository} (404): check --id (the pipeline's UUID, BITBUCKET_PIPELINE_UUID) and that the token can read the repository's pipelines",
                404, outcomeUnknown: false, ex);
        }
        catch (Exception ex)
        {
            throw BitbucketErrors.Translate(ex, $"read pipeline {uuid}", repository, client.Credentials, "Pipelines: Read");
        }

        if (pipeline.Target is not { ValueKind: JsonValueKind.Object } target)
        {
            throw new ForgeRequestException($"Bitbucket's pipeline {uuid} in {repository} names no target to run again", null, outcomeUnknown: false);
        }

        Json.BitbucketPipeline started;
        try
        {
            started = await client.Pipelines.TriggerAsync(repository, target, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            throw BitbucketErrors.Translate(ex, $"start a pipeline like {uuid}", repository, client.Credentials, "Pipelines: Write");
        }

        var number = started.BuildNumber?.ToString(CultureInfo.InvariantCulture);
        logger.LogDebug("pipeline {Uuid} (#{Number}) started for the target of {Old}", started.Uuid, number, uuid);
        var url = number is null ? null : $"{repository.WebUrl}/pipelines/results/{number}";
        return new RerunOutcome(started.Uuid ?? number ?? string.Empty, url, CancelledFirst: false);
    }
}
