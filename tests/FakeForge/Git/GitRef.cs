namespace FakeForge.Git;

/// <summary>A reference by its full name (<c>refs/heads/x</c>) and the commit it points at.</summary>
internal sealed record GitRef(string Name, string Sha);
