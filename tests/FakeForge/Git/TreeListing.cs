namespace FakeForge.Git;

/// <summary>A tree with its entries, either one level or (recursive) every entry below it.</summary>
internal sealed record TreeListing(string Sha, IReadOnlyList<TreeListingEntry> Entries);
