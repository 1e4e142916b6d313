namespace ContinuousMl.Assets;

/// <summary>Where report assets (images, linked files) are published so a reader of the comment can open them.</summary>
public interface IAssetStore
{
    /// <summary>Publishes every asset and returns the public URL of each, in the same order.</summary>
    Task<IReadOnlyList<string>> PublishAsync(IReadOnlyList<Asset> assets, CancellationToken cancellationToken);
}
