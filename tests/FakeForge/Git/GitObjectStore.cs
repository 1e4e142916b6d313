namespace FakeForge.Git;

/// <summary>One repository's objects, content-addressed like git's. Not thread-safe: the state lock guards it.</summary>
internal sealed class GitObjectStore
{
    private readonly Dictionary<string, byte[]> blobs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GitTree> trees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GitCommitObject> commits = new(StringComparer.Ordinal);

    public string PutBlob(byte[] content)
    {
        var sha = GitHashing.ObjectId("blob", content);
        blobs.TryAdd(sha, content);
        return sha;
    }

    public string PutTree(IEnumerable<GitTreeEntry> entries)
    {
        var tree = GitTree.Create(entries);
        trees.TryAdd(tree.Sha, tree);
        return tree.Sha;
    }

    public void PutCommit(GitCommitObject commit) => commits.TryAdd(commit.Sha, commit);

    public byte[]? Blob(string sha) => blobs.GetValueOrDefault(sha.ToLowerInvariant());

    public GitTree? Tree(string sha) => trees.GetValueOrDefault(sha.ToLowerInvariant());

    public GitCommitObject? Commit(string sha) => commits.GetValueOrDefault(sha.ToLowerInvariant());

    public IEnumerable<string> CommitShas => commits.Keys;

    /// <summary>Whether <paramref name="ancestor"/> is <paramref name="descendant"/> or reachable from it through parents.</summary>
    public bool IsAncestor(string ancestor, string descendant)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([descendant]);
        while (pending.TryPop(out var sha))
        {
            if (string.Equals(sha, ancestor, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (seen.Add(sha) && Commit(sha) is { } commit)
            {
                foreach (var parent in commit.Parents)
                {
                    pending.Push(parent);
                }
            }
        }

        return false;
    }

    /// <summary>The entries of a tree, one level or every level (pre-order, as GitHub lists them).</summary>
    public TreeListing List(GitTree tree, bool recursive)
    {
        var entries = new List<TreeListingEntry>();
        Collect(tree, string.Empty, recursive, entries);
        return new TreeListing(tree.Sha, entries);
    }

    private void Collect(GitTree tree, string prefix, bool recursive, List<TreeListingEntry> into)
    {
        foreach (var entry in tree.Entries)
        {
            var path = prefix + entry.Name;
            long? size = entry.Type == "blob" ? Blob(entry.Sha)?.LongLength : null;
            into.Add(new TreeListingEntry(path, entry.Mode, entry.Type, entry.Sha, size));
            if (recursive && entry.IsTree && Tree(entry.Sha) is { } subtree)
            {
                Collect(subtree, path + "/", recursive, into);
            }
        }
    }

    /// <summary>The bytes at <paramref name="path"/> in the tree of a commit, or null when there is no such file.</summary>
    public byte[]? ReadFile(string commitSha, string path)
    {
        var tree = Commit(commitSha) is { } commit ? Tree(commit.TreeSha) : null;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; tree is not null && i < segments.Length; i++)
        {
            var entry = tree.Entries.FirstOrDefault(e => e.Name == segments[i]);
            if (entry is null)
            {
                return null;
            }

            if (i == segments.Length - 1)
            {
                return entry.Type == "blob" ? Blob(entry.Sha) : null;
            }

            tree = entry.IsTree ? Tree(entry.Sha) : null;
        }

        return null;
    }

    /// <summary>Every file of a commit's tree by full path.</summary>
    public IReadOnlyDictionary<string, byte[]> Files(string commitSha)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Commit(commitSha) is { } commit && Tree(commit.TreeSha) is { } tree)
        {
            foreach (var entry in List(tree, recursive: true).Entries.Where(e => e.Type == "blob"))
            {
                files[entry.Path] = Blob(entry.Sha) ?? [];
            }
        }

        return files;
    }
}
