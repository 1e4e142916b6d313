using System.Security.Cryptography;
using ContinuousMl.Assets;
using ContinuousMl.Forges;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.GitLab;

/// <summary>
/// Publishes report files as project uploads and links them by the project-relative URL GitLab returns
/// (<c>/uploads/&lt;secret&gt;/&lt;file&gt;</c>), which renders in the project's notes for every reader who can see
/// the project (CML does the same since its GitLab 17 fix). Each file is named by its SHA-256, so the same bytes
/// always get the same name; GitLab adds a random secret per upload, so identical files within one report are
/// uploaded once and a re-run leaves at most an unreferenced copy. Uploads run in parallel.
/// </summary>
public sealed class GitLabAssetStore : IAssetStore
{
    private readonly GitLabApi api;
    private readonly ILogger logger;

    public GitLabAssetStore(GitLabApi api, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(api);
        this.api = api;
        this.logger = logger;
    }

    public async Task<IReadOnlyList<string>> PublishAsync(IReadOnlyList<Asset> assets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assets);
        if (assets.Count == 0)
        {
            return [];
        }

        var names = assets.Select(StoredName).ToArray();
        var uploads = new Dictionary<string, Task<string>>(StringComparer.Ordinal);
        for (var i = 0; i < assets.Count; i++)
        {
            if (!uploads.ContainsKey(names[i]))
            {
                uploads[names[i]] = UploadAsync(assets[i], names[i], cancellationToken);
            }
        }

        await Task.WhenAll(uploads.Values).ConfigureAwait(false);
        logger.LogInformation("uploaded {Count} files to the GitLab project", uploads.Count);
        return names.Select(name => uploads[name].Result).ToArray();
    }

    /// <summary>The name a file is stored under: its SHA-256 in hex, with its extension in lower case.</summary>
    public static string StoredName(Asset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var hash = Convert.ToHexStringLower(SHA256.HashData(asset.Content.Span));
        return hash + Path.GetExtension(asset.FileName).ToLowerInvariant();
    }

    private async Task<string> UploadAsync(Asset asset, string name, CancellationToken cancellationToken)
    {
        var upload = await api.Uploads.UploadAsync(name, asset.FileName, asset.MediaType, asset.Content, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(upload.Url))
        {
            throw new ForgeRequestException($"GitLab accepted {asset.FileName} but returned no URL for it", null, outcomeUnknown: false);
        }

        logger.LogDebug("uploaded {File} as {Url}", asset.FileName, upload.Url);
        return upload.Url;
    }
}
