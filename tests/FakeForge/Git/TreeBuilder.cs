namespace FakeForge.Git;

/// <summary>
/// Applies create-tree items (nested paths like <c>ab/cdef.png</c>, deletions, grafted subtrees) on top of an
/// optional base tree. Works on a flat map of leaf paths, then writes one real tree object per directory, so
/// the resulting trees are exactly what git would build.
/// </summary>
internal sealed class TreeBuilder
{
    private readonly GitObjectStore store;
    private readonly SortedDictionary<string, GitTreeEntry> leaves = new(StringComparer.Ordinal);

    public TreeBuilder(GitObjectStore store, GitTree? baseTree)
    {
        this.store = store;
        if (baseTree is not null)
        {
            Graft(string.Empty, baseTree);
        }
    }

    public void Apply(TreeChange change)
    {
        RemoveAt(change.Path);
        if (change.Content is null && change.Sha is null)
        {
            return;
        }

        // A file becoming a directory (or the reverse) replaces what was there.
        for (var slash = change.Path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = change.Path.IndexOf('/', slash + 1))
        {
            leaves.Remove(change.Path[..slash]);
        }

        if (change.Content is not null)
        {
            leaves[change.Path] = new GitTreeEntry(change.Path, change.Mode, "blob", store.PutBlob(change.Content));
        }
        else if (change.Type == "tree")
        {
            Graft(change.Path + "/", store.Tree(change.Sha!)!);
        }
        else
        {
            leaves[change.Path] = new GitTreeEntry(change.Path, change.Mode, change.Type, change.Sha!.ToLowerInvariant());
        }
    }

    public string Write() => WriteDirectory(leaves.Values.Select(e => (e.Name, e)).ToList());

    private void Graft(string prefix, GitTree tree)
    {
        foreach (var entry in tree.Entries)
        {
            if (entry.IsTree)
            {
                Graft(prefix + entry.Name + "/", store.Tree(entry.Sha)!);
            }
            else
            {
                leaves[prefix + entry.Name] = entry with { Name = prefix + entry.Name };
            }
        }
    }

    private void RemoveAt(string path)
    {
        leaves.Remove(path);
        foreach (var below in leaves.Keys.Where(k => k.StartsWith(path + "/", StringComparison.Ordinal)).ToList())
        {
            leaves.Remove(below);
        }
    }

    private string WriteDirectory(List<(string RelativePath, GitTreeEntry Leaf)> items)
    {
        var entries = new List<GitTreeEntry>();
        foreach (var group in items.GroupBy(i => FirstSegment(i.RelativePath), StringComparer.Ordinal))
        {
            var direct = group.FirstOrDefault(i => i.RelativePath == group.Key);
            if (direct.Leaf is not null)
            {
                entries.Add(direct.Leaf with { Name = group.Key });
                continue;
            }

            var children = group.Select(i => (i.RelativePath[(group.Key.Length + 1)..], i.Leaf)).ToList();
            entries.Add(new GitTreeEntry(group.Key, GitTreeEntry.TreeMode, "tree", WriteDirectory(children)));
        }

        return store.PutTree(entries);
    }

    private static string FirstSegment(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? path : path[..slash];
    }
}
