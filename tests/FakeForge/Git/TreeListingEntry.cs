namespace FakeForge.Git;

/// <summary>A tree entry as the API lists it: full path from the listed tree, and the blob's size.</summary>
internal sealed record TreeListingEntry(string Path, string Mode, string Type, string Sha, long? Size);
