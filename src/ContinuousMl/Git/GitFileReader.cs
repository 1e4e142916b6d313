using ContinuousMl.Errors;

namespace ContinuousMl.Git;

/// <summary>
/// Reads files as they are at a revision, so a branch can be compared with its base (plot overlays, metrics
/// diffs). Paths are repository-relative with <c>/</c> separators; <see cref="RepositoryPathAsync"/> turns a path
/// the user typed into one.
/// </summary>
public sealed class GitFileReader(GitCli git)
{
    /// <summary>
    /// The repository-relative form of <paramref name="path"/> (absolute, or relative to git's working directory).
    /// A path outside the repository is a <see cref="CmlException"/>.
    /// </summary>
    public async Task<string> RepositoryPathAsync(string path, CancellationToken cancellationToken = default)
    {
        if (Path.IsPathRooted(path))
        {
            var topLevel = await git.TopLevelAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new CmlException($"{path}: not inside a git repository");
            var relative = Path.GetRelativePath(topLevel, path).Replace('\\', '/');
            if (relative == "..")
            {
                throw new CmlException($"{path} is outside the repository {topLevel}");
            }

            if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                throw new CmlException($"{path} is outside the repository {topLevel}");
            }

            return relative == "." ? string.Empty : relative;
        }

        // The prefix is what git itself prepends to a relative pathspec, so symlinked temp folders resolve alike.
        var prefix = await git.RunAsync(["rev-parse", "--show-prefix"], cancellationToken).ConfigureAwait(false);
        if (!prefix.Succeeded)
        {
            throw new CmlException($"{path}: not inside a git repository");
        }

        return RepositoryPath.Combine(prefix.StandardOutput.Trim(), path)
            ?? throw new CmlException($"{path} is outside the repository");
    }

    /// <summary>What <paramref name="repositoryPath"/> is at <paramref name="commit"/>.</summary>
    public async Task<GitObjectKind> KindAsync(string commit, string repositoryPath, CancellationToken cancellationToken = default)
    {
        if (repositoryPath.Length == 0)
        {
            return GitObjectKind.Folder;
        }

        var result = await git.RunAsync(["cat-file", "-t", $"{commit}:{repositoryPath}"], cancellationToken).ConfigureAwait(false);
        return result.FirstLine switch
        {
            "blob" => GitObjectKind.File,
            "tree" => GitObjectKind.Folder,
            _ => GitObjectKind.Missing,
        };
    }

    /// <summary>The file's text at <paramref name="commit"/> (UTF-8), or null when no file is there.</summary>
    public async Task<string?> ReadTextAsync(string commit, string repositoryPath, CancellationToken cancellationToken = default)
    {
        if (await KindAsync(commit, repositoryPath, cancellationToken).ConfigureAwait(false) != GitObjectKind.File)
        {
            return null;
        }

        var result = await git.RunAsync(["cat-file", "blob", $"{commit}:{repositoryPath}"], cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? result.StandardOutput
            : throw new CmlException($"{commit}:{repositoryPath}: git could not read it: {result.StandardError.Trim()}");
    }

    /// <summary>Every file under <paramref name="repositoryFolder"/> at <paramref name="commit"/>, recursively, sorted.</summary>
    public async Task<IReadOnlyList<string>> ListFilesAsync(string commit, string repositoryFolder, CancellationToken cancellationToken = default)
    {
        string[] args = repositoryFolder.Length == 0
            ? ["ls-tree", "-r", "-z", "--name-only", "--full-tree", commit]
            : ["ls-tree", "-r", "-z", "--name-only", "--full-tree", commit, "--", repositoryFolder.TrimEnd('/') + "/"];
        var result = await git.RunAsync(args, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new CmlException($"{commit}:{repositoryFolder}: git could not list it: {result.StandardError.Trim()}");
        }

        var files = result.StandardOutput.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }
}
