namespace FakeForge.Git;

/// <summary>One entry of a git tree: <paramref name="Mode"/> as the API spells it (<c>100644</c>, <c>040000</c>, …).</summary>
internal sealed record GitTreeEntry(string Name, string Mode, string Type, string Sha)
{
    public const string TreeMode = "040000";

    public bool IsTree => Type == "tree";
}
