namespace FakeForge.GitLab;

/// <summary>A project runner as GitLab keeps it; <paramref name="Contacted"/> once its program talked to GitLab.</summary>
public sealed record GitLabStoredRunner(
    long Id,
    string ProjectPath,
    string Description,
    IReadOnlyList<string> TagList,
    string Token,
    bool Locked,
    bool RunUntagged,
    string AccessLevel,
    bool Contacted)
{
    /// <summary>GitLab's <c>status</c>: <c>never_contacted</c> until the runner program first asks for jobs.</summary>
    public string Status => Contacted ? "online" : "never_contacted";
}
