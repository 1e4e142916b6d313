namespace FakeForge.Bitbucket;

/// <summary>Everything one repository holds. Its collections are only touched under the state lock.</summary>
internal sealed class BitbucketRepositoryRecord(string workspace, string slug, string uuid)
{
    public string Workspace { get; } = workspace;

    public string Slug { get; } = slug;

    public string Uuid { get; } = uuid;

    public HashSet<string> Commits { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<long, BitbucketPullRequestRecord> PullRequests { get; } = [];

    public HashSet<long> Issues { get; } = [];

    /// <summary>Every comment of every kind, oldest first.</summary>
    public List<BitbucketStoredComment> Comments { get; } = [];

    public Dictionary<string, BitbucketDownload> Downloads { get; } = new(StringComparer.Ordinal);

    /// <summary>False until someone clicks "Go to pull request": the commit → pull requests API answers 404.</summary>
    public bool CommitLinksEnabled { get; set; } = true;
}
