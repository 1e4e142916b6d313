namespace FakeForge;

/// <summary>The author or committer of a git commit.</summary>
public sealed record GitSignature(string Name, string Email, DateTimeOffset Date);
