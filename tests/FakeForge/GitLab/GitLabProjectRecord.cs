namespace FakeForge.GitLab;

/// <summary>A project and everything in it; guarded by the state's lock.</summary>
internal sealed class GitLabProjectRecord(long id, string path)
{
    public long Id { get; } = id;

    /// <summary>The full path, e.g. <c>group/sub/project</c>.</summary>
    public string Path { get; } = path;

    public Dictionary<long, GitLabMergeRequestRecord> MergeRequests { get; } = [];

    /// <summary>Issue iid → instance-wide issue id.</summary>
    public Dictionary<long, long> Issues { get; } = [];

    public HashSet<string> Commits { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<GitLabStoredNote> Notes { get; } = [];

    public List<GitLabStoredCommitComment> CommitComments { get; } = [];
}
