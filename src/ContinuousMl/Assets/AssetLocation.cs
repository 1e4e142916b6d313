namespace ContinuousMl.Assets;

/// <summary>The answer of <see cref="WorkspaceGuard.Resolve"/>.</summary>
/// <param name="Kind">What the URL points at.</param>
/// <param name="FullPath">
/// The absolute path the URL names (relative parts resolved, symlinks kept), for messages and the published
/// file's name; <see langword="null"/> when <see cref="AssetLocationKind.NotLocal"/>.
/// </param>
/// <param name="RealPath">
/// The same path with every symlink resolved: the one that was checked against the workspace, and so the one to
/// read. <see langword="null"/> when <see cref="AssetLocationKind.NotLocal"/>.
/// </param>
public sealed record AssetLocation(AssetLocationKind Kind, string? FullPath, string? RealPath)
{
    /// <summary>The URL is not a local path.</summary>
    public static AssetLocation NotLocal { get; } = new(AssetLocationKind.NotLocal, null, null);
}
