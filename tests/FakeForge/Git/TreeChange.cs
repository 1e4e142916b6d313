namespace FakeForge.Git;

/// <summary>
/// One item of a create-tree request: point <paramref name="Path"/> at <paramref name="Sha"/>, or at a new blob
/// holding <paramref name="Content"/>, or (both null) delete it.
/// </summary>
internal sealed record TreeChange(string Path, string Mode, string Type, string? Sha, byte[]? Content);
