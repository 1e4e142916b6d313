using FakeForge.Git;
using FakeForge.Http;
using FakeForge.State;

namespace FakeForge;

/// <summary>The git database: blobs, trees, commits and refs, per repository.</summary>
public sealed partial class GitHubState
{
    private static readonly HashSet<string> TreeModes = ["100644", "100755", "040000", "160000", "120000"];

    /// <summary>A blob's bytes from any repository, or null.</summary>
    public byte[]? Blob(string sha)
    {
        lock (gate)
        {
            return repositories.Values.Select(r => r.Git.Blob(sha)).FirstOrDefault(b => b is not null);
        }
    }

    /// <summary>The bytes at <paramref name="path"/> in commit <paramref name="commitSha"/>, or null.</summary>
    public byte[]? ReadFileAtCommit(string owner, string name, string commitSha, string path)
    {
        lock (gate)
        {
            return SeedRepository(owner, name).Git.ReadFile(commitSha, path);
        }
    }

    /// <summary>Every file of commit <paramref name="commitSha"/> by path (empty when there is no such commit).</summary>
    public IReadOnlyDictionary<string, byte[]> FilesAtCommit(string owner, string name, string commitSha)
    {
        lock (gate)
        {
            return SeedRepository(owner, name).Git.Files(commitSha);
        }
    }

    /// <summary>A commit of the git database, or null.</summary>
    public GitCommitObject? GitCommit(string owner, string name, string sha)
    {
        lock (gate)
        {
            return SeedRepository(owner, name).Git.Commit(sha);
        }
    }

    /// <summary>Where a ref points (<c>refs/heads/x</c> or <c>heads/x</c>), or null.</summary>
    public string? RefSha(string owner, string name, string refName)
    {
        lock (gate)
        {
            return SeedRepository(owner, name).Refs.GetValueOrDefault(FullRefName(refName));
        }
    }

    /// <summary>Points a ref at <paramref name="sha"/> behind the API's back (another job winning a race).</summary>
    public void SetRef(string owner, string name, string refName, string sha)
    {
        lock (gate)
        {
            SeedRepository(owner, name).Refs[FullRefName(refName)] = sha.ToLowerInvariant();
        }
    }

    /// <summary>
    /// Commits <paramref name="files"/> on top of branch <paramref name="branch"/> (creating it when missing) and
    /// moves the branch; returns the new commit's sha.
    /// </summary>
    public string CommitFiles(string owner, string name, string branch, IReadOnlyDictionary<string, byte[]> files, string message = "seed")
    {
        lock (gate)
        {
            var repository = SeedRepository(owner, name);
            var refName = FullRefName("heads/" + branch);
            var parent = repository.Refs.GetValueOrDefault(refName);
            var baseTree = parent is null ? null : repository.Git.Tree(repository.Git.Commit(parent)!.TreeSha);
            var builder = new TreeBuilder(repository.Git, baseTree);
            foreach (var (path, content) in files)
            {
                builder.Apply(new TreeChange(path, "100644", "blob", null, content));
            }

            var signature = new GitSignature(repository.Identity.Owner.Login, "seed@example.com", NowLocked());
            var commit = GitCommitObject.Create(builder.Write(), parent is null ? [] : [parent], message, signature, signature);
            repository.Git.PutCommit(commit);
            repository.Refs[refName] = commit.Sha;
            return commit.Sha;
        }
    }

    /// <summary>For the web routes: a file at a commit sha or a branch name; null when anything is missing.</summary>
    internal byte[]? ReadFileAtRevision(string owner, string name, string revision, string path)
    {
        lock (gate)
        {
            if (!repositories.TryGetValue(Key(owner, name), out var repository))
            {
                return null;
            }

            var sha = repository.Refs.GetValueOrDefault("refs/heads/" + revision) ?? revision;
            return repository.Git.ReadFile(sha, path);
        }
    }

    internal string CreateBlob(string owner, string name, byte[] content)
    {
        lock (gate)
        {
            return ApiRepository(owner, name).Git.PutBlob(content);
        }
    }

    internal byte[] GetBlob(string owner, string name, string sha)
    {
        lock (gate)
        {
            return ApiRepository(owner, name).Git.Blob(sha) ?? throw ApiErrorException.NotFound();
        }
    }

    internal TreeListing CreateTree(string owner, string name, string? baseTreeSha, IReadOnlyList<TreeChange> changes)
    {
        lock (gate)
        {
            var git = ApiRepository(owner, name).Git;
            GitTree? baseTree = null;
            if (baseTreeSha is not null)
            {
                baseTree = git.Tree(baseTreeSha) ?? throw new ApiErrorException(422, "base_tree is not a valid tree oid");
            }

            foreach (var change in changes)
            {
                Validate(git, change);
            }

            var builder = new TreeBuilder(git, baseTree);
            foreach (var change in changes)
            {
                builder.Apply(change);
            }

            return git.List(git.Tree(builder.Write())!, recursive: false);
        }
    }

    /// <param name="treeish">A tree sha, a commit sha (its tree), or a branch name, as GitHub accepts.</param>
    internal TreeListing GetTree(string owner, string name, string treeish, bool recursive)
    {
        lock (gate)
        {
            var repository = ApiRepository(owner, name);
            var git = repository.Git;
            var commitSha = repository.Refs.GetValueOrDefault("refs/heads/" + treeish) ?? treeish;
            var tree = git.Tree(treeish)
                ?? (git.Commit(commitSha) is { } commit ? git.Tree(commit.TreeSha) : null)
                ?? throw ApiErrorException.NotFound();
            return git.List(tree, recursive);
        }
    }

    internal GitCommitObject CreateCommit(
        string owner,
        string name,
        string message,
        string treeSha,
        IReadOnlyList<string> parents,
        GitSignature? author,
        GitSignature? committer,
        AccessToken caller)
    {
        lock (gate)
        {
            var repository = ApiRepository(owner, name);
            if (repository.Git.Tree(treeSha) is null)
            {
                throw new ApiErrorException(422, "Tree SHA does not exist");
            }

            var fullParents = new List<string>();
            foreach (var parent in parents)
            {
                if (repository.Git.Commit(parent) is null && !repository.ExternalCommits.Contains(parent))
                {
                    throw new ApiErrorException(422, "Parent SHA does not exist or is not a commit object");
                }

                fullParents.Add(parent.ToLowerInvariant());
            }

            var user = caller.User;
            author ??= new GitSignature(user.Login, $"{user.Id}+{user.Login}@users.noreply.github.com", NowLocked());
            var commit = GitCommitObject.Create(treeSha.ToLowerInvariant(), fullParents, message, author, committer ?? author);
            repository.Git.PutCommit(commit);
            return commit;
        }
    }

    internal GitCommitObject GetCommit(string owner, string name, string sha)
    {
        lock (gate)
        {
            return ApiRepository(owner, name).Git.Commit(sha) ?? throw ApiErrorException.NotFound();
        }
    }

    internal GitRef GetRef(string owner, string name, string fullName)
    {
        lock (gate)
        {
            return ApiRepository(owner, name).Refs.TryGetValue(fullName, out var sha)
                ? new GitRef(fullName, sha)
                : throw ApiErrorException.NotFound();
        }
    }

    /// <summary>Refs under <paramref name="prefix"/> (e.g. <c>refs/heads/</c>), in name order.</summary>
    internal IReadOnlyList<GitRef> ListRefs(string owner, string name, string prefix)
    {
        lock (gate)
        {
            return ApiRepository(owner, name).Refs
                .Where(r => r.Key.StartsWith(prefix, StringComparison.Ordinal))
                .Select(r => new GitRef(r.Key, r.Value))
                .ToArray();
        }
    }

    internal GitRef CreateRef(string owner, string name, string fullName, string sha)
    {
        lock (gate)
        {
            var repository = ApiRepository(owner, name);
            if (!fullName.StartsWith("refs/", StringComparison.Ordinal) || fullName.Count(c => c == '/') < 2)
            {
                throw new ApiErrorException(422, $"{fullName} is not a valid ref name.");
            }

            if (repository.Refs.ContainsKey(fullName))
            {
                throw new ApiErrorException(422, "Reference already exists");
            }

            var target = ExistingCommitLocked(repository, sha);
            repository.Refs[fullName] = target;
            return new GitRef(fullName, target);
        }
    }

    internal GitRef UpdateRef(string owner, string name, string fullName, string sha, bool force)
    {
        lock (gate)
        {
            var repository = ApiRepository(owner, name);
            if (!repository.Refs.TryGetValue(fullName, out var current))
            {
                throw new ApiErrorException(422, "Reference does not exist");
            }

            var target = ExistingCommitLocked(repository, sha);
            if (!force && !repository.Git.IsAncestor(current, target))
            {
                throw new ApiErrorException(422, "Update is not a fast forward");
            }

            repository.Refs[fullName] = target;
            return new GitRef(fullName, target);
        }
    }

    internal void DeleteRef(string owner, string name, string fullName)
    {
        lock (gate)
        {
            if (!ApiRepository(owner, name).Refs.Remove(fullName))
            {
                throw new ApiErrorException(422, "Reference does not exist");
            }
        }
    }

    private static string ExistingCommitLocked(RepositoryRecord repository, string sha) =>
        repository.Git.Commit(sha) is not null || repository.ExternalCommits.Contains(sha)
            ? sha.ToLowerInvariant()
            : throw new ApiErrorException(422, "Object does not exist");

    private static void Validate(GitObjectStore git, TreeChange change)
    {
        var segments = change.Path.Split('/');
        if (change.Path.Length == 0 || segments.Any(s => s.Length == 0 || s == "." || s == ".." || s.Equals(".git", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ApiErrorException(422, "tree.path contains a malformed path component");
        }

        if (!TreeModes.Contains(change.Mode))
        {
            throw new ApiErrorException(422, $"Invalid tree mode {change.Mode} for {change.Path}");
        }

        if (change.Content is not null || change.Sha is null || change.Type == "commit")
        {
            return;
        }

        var exists = change.Type switch
        {
            "blob" => git.Blob(change.Sha) is not null,
            "tree" => git.Tree(change.Sha) is not null,
            _ => throw new ApiErrorException(422, $"Invalid tree type {change.Type} for {change.Path}"),
        };
        if (!exists)
        {
            throw new ApiErrorException(422, "GitRPC::BadObjectState");
        }
    }

    private static string FullRefName(string refName) =>
        refName.StartsWith("refs/", StringComparison.Ordinal) ? refName : "refs/" + refName;
}
