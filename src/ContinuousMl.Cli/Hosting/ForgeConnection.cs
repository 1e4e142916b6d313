using ContinuousMl.Assets;
using ContinuousMl.Forges;

namespace ContinuousMl.Cli.Hosting;

/// <summary>A forge to post to and the store its report assets go to.</summary>
public sealed record ForgeConnection(IForge Forge, IAssetStore Assets);
