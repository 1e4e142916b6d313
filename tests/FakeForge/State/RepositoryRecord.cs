using FakeForge.Git;

namespace FakeForge.State;

/// <summary>Everything one repository holds. Its collections are only touched under the state lock.</summary>
internal sealed class RepositoryRecord(RepositoryIdentity identity)
{
    public RepositoryIdentity Identity { get; } = identity;

    public Dictionary<int, IssueRecord> Issues { get; } = [];

    /// <summary>Issue and pull-request comments, oldest first.</summary>
    public List<StoredComment> IssueComments { get; } = [];

    /// <summary>Commit comments, oldest first.</summary>
    public List<StoredComment> CommitComments { get; } = [];

    /// <summary>Commits that exist without being in the git database (pushed by CI, as far as the fake knows).</summary>
    public HashSet<string> ExternalCommits { get; } = new(StringComparer.OrdinalIgnoreCase);

    public GitObjectStore Git { get; } = new();

    /// <summary>Full ref name (<c>refs/heads/x</c>) to commit sha.</summary>
    public SortedDictionary<string, string> Refs { get; } = new(StringComparer.Ordinal);
}
