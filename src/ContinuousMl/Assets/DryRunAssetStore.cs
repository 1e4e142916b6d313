namespace ContinuousMl.Assets;

/// <summary>
/// Stands in for a real store under <c>--dry-run</c>: the report's paths are still checked and its files read,
/// so a dry run fails exactly where a real one would, but nothing leaves the machine.
/// </summary>
public sealed class DryRunAssetStore : IAssetStore
{
    public Task<IReadOnlyList<string>> PublishAsync(IReadOnlyList<Asset> assets, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(assets.Select(asset => "dry-run:" + asset.FileName).ToArray());
}
