namespace FakeForge;

/// <summary>A self-hosted runner the fake GitHub knows.</summary>
/// <param name="Scope"><c>owner/repo</c>, or <c>org:name</c> for an organisation's runner.</param>
/// <param name="Ephemeral">Removed by GitHub once its one job ended (<c>config.sh --ephemeral</c>).</param>
public sealed record StoredRunner(long Id, string Scope, string Name, IReadOnlyList<string> Labels, string Status, bool Busy, bool Ephemeral);
