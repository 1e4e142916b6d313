using System.Net;
using ContinuousMl.Bitbucket.Json;

namespace ContinuousMl.Bitbucket.Clients;

/// <summary>
/// A repository's pipelines runners. Bitbucket documents no public REST API for runners: these are the
/// <c>/internal/repositories/{ws}/{slug}/pipelines-config/runners</c> endpoints its web UI (and CML) uses, next
/// to the public <c>/2.0</c> base on the same host.
/// </summary>
internal sealed class BitbucketRunnersClient(BitbucketConnection connection)
{
    public async Task<List<BitbucketRunner>> ListAsync(BitbucketRepository repository, CancellationToken cancellationToken)
    {
        var runners = new List<BitbucketRunner>();
        string? next = Path(repository, null);
        while (next is not null)
        {
            var page = await connection.GetAsync(next, BitbucketRunnerJsonContext.Default.BitbucketPageBitbucketRunner, cancellationToken).ConfigureAwait(false);
            runners.AddRange(page.Values ?? []);
            next = page.Next;
        }

        return runners;
    }

    public Task<BitbucketRunner> CreateAsync(BitbucketRepository repository, string name, List<string> labels, CancellationToken cancellationToken) =>
        connection.SendJsonAsync(
            HttpMethod.Post,
            Path(repository, null),
            new BitbucketRunnerRequest { Name = name, Labels = labels },
            BitbucketRunnerJsonContext.Default.BitbucketRunnerRequest,
            BitbucketRunnerJsonContext.Default.BitbucketRunner,
            cancellationToken);

    public async Task DeleteAsync(BitbucketRepository repository, string uuid, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, Path(repository, uuid));
        using var response = await connection.SendAsync(request, cancellationToken, HttpStatusCode.NotFound).ConfigureAwait(false);
    }

    public Task<BitbucketRepositoryIdentity> RepositoryAsync(BitbucketRepository repository, CancellationToken cancellationToken) =>
        connection.GetAsync(repository.ApiPath, BitbucketRunnerJsonContext.Default.BitbucketRepositoryIdentity, cancellationToken);

    private string Path(BitbucketRepository repository, string? uuid)
    {
        // The API base is …/2.0/; the runner endpoints live beside it under …/internal/.
        var internalBase = new Uri(connection.ApiBase, "../internal/");
        var path = $"{repository.ApiPath}/pipelines-config/runners" + (uuid is null ? string.Empty : "/" + Uri.EscapeDataString(uuid));
        return new Uri(internalBase, path).AbsoluteUri;
    }
}
