using ContinuousMl.Assets;
using ContinuousMl.Forges;

namespace ContinuousMl.Cli.Hosting;

/// <summary>A forge to post to and the store its report assets go to.</summary>
public sealed record ForgeConnection(IForge Forge, IAssetStore Assets)
{
    /// <summary>Checks on commits (<c>check create</c>); null when the forge has none.</summary>
    public IChecks? Checks { get; init; }

    /// <summary>Reruns of CI runs (<c>workflow rerun</c>); null when the forge has none.</summary>
    public IPipelines? Pipelines { get; init; }

    /// <summary>Pull (merge) requests (<c>pr create</c>); null when the forge has none.</summary>
    public IPullRequests? PullRequests { get; init; }
}
