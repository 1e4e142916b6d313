using System.Security.Cryptography;
using ContinuousMl.Assets;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Bitbucket;

/// <summary>
/// Hosts report images in the repository's Downloads, with no third-party service. Each file is named by its
/// SHA-256 (a re-run finds it there and uploads nothing), uploaded in parallel, and linked at
/// <c>&lt;web&gt;/&lt;workspace&gt;/&lt;slug&gt;/downloads/&lt;name&gt;</c>, which renders for every reader of the repository.
/// </summary>
public sealed class BitbucketAssetStore : IAssetStore
{
    // Enough to overlap round trips without looking like a burst to Bitbucket's rate limiter.
    private const int MaxParallelUploads = 4;

    private readonly BitbucketClient client;
    private readonly BitbucketRepository repository;
    private readonly ILogger logger;

    public BitbucketAssetStore(BitbucketClient client, BitbucketRepository repository, ILogger logger)
    {
        this.client = client;
        this.repository = repository;
        this.logger = logger;
    }

    public async Task<IReadOnlyList<string>> PublishAsync(IReadOnlyList<Asset> assets, CancellationToken cancellationToken)
    {
        if (assets.Count == 0)
        {
            return [];
        }

        var names = assets.Select(StorageName).ToArray();
        var distinct = Enumerable.Range(0, assets.Count).DistinctBy(i => names[i]).ToArray();
        using var gate = new SemaphoreSlim(MaxParallelUploads);
        var uploaded = 0;
        try
        {
            await Task.WhenAll(distinct.Select(async i =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    if (await client.Downloads.ExistsAsync(repository, names[i], cancellationToken).ConfigureAwait(false))
                    {
                        return;
                    }

                    await client.Downloads.UploadAsync(repository, names[i], assets[i].MediaType, assets[i].Content, cancellationToken).ConfigureAwait(false);
                    Interlocked.Increment(ref uploaded);
                }
                finally
                {
                    gate.Release();
                }
            })).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            throw BitbucketErrors.Translate(ex, "publish images to the Downloads", repository, client.Credentials, "Repositories: Write");
        }

        logger.LogInformation("published {Uploaded} of {Count} assets to the Downloads of {Repository}; the others were there already", uploaded, distinct.Length, repository);
        return names.Select(Link).ToArray();
    }

    /// <summary>The download's name: <c>cml-</c>, the content's SHA-256, and the file's extension.</summary>
    public static string StorageName(Asset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var hash = Convert.ToHexStringLower(SHA256.HashData(asset.Content.Span));
        var extension = Path.GetExtension(asset.FileName).ToLowerInvariant();
        return $"cml-{hash}{extension}";
    }

    private string Link(string name) => $"{repository.WebUrl}/downloads/{Uri.EscapeDataString(name)}";
}
