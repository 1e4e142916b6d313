using System.Text.Json;
using ContinuousMl.Bitbucket.Json;

namespace ContinuousMl.Bitbucket.Clients;

/// <summary>A repository's pipelines: read one, start one for a target.</summary>
internal sealed class BitbucketPipelinesClient(BitbucketConnection connection)
{
    public Task<BitbucketPipeline> GetAsync(BitbucketRepository repository, string uuid, CancellationToken cancellationToken) =>
        connection.GetAsync($"{repository.ApiPath}/pipelines/{Uri.EscapeDataString(uuid)}", BitbucketCheckJsonContext.Default.BitbucketPipeline, cancellationToken);

    public Task<BitbucketPipeline> TriggerAsync(BitbucketRepository repository, JsonElement target, CancellationToken cancellationToken) =>
        connection.SendJsonAsync(
            HttpMethod.Post,
            $"{repository.ApiPath}/pipelines/",
            new BitbucketPipelineRequest { Target = target },
            BitbucketCheckJsonContext.Default.BitbucketPipelineRequest,
            BitbucketCheckJsonContext.Default.BitbucketPipeline,
            cancellationToken);
}
