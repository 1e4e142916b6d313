using ContinuousMl.Errors;
using ContinuousMl.Git;

namespace ContinuousMl.Plots;

/// <summary>
/// Turns the paths on the command line into plot files on both sides: a file is itself, a folder is every
/// <c>.csv</c>, <c>.tsv</c> and <c>.json</c> under it (recursively, as DVCLive nests <c>train/loss.tsv</c>), matched
/// by relative path with the same folder at the base revision.
/// </summary>
public sealed class PlotInputResolver(string workingDirectory, GitFileReader? git)
{
    /// <summary>One list per path given, in order; a folder's files sorted by name.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<PlotInput>>> ResolveAsync(
        IReadOnlyList<string> paths,
        BaseSide? baseSide,
        CancellationToken cancellationToken)
    {
        var resolved = new List<IReadOnlyList<PlotInput>>(paths.Count);
        foreach (var path in paths)
        {
            resolved.Add(await ResolveAsync(path, baseSide, cancellationToken).ConfigureAwait(false));
        }

        return resolved;
    }

    private async Task<IReadOnlyList<PlotInput>> ResolveAsync(string path, BaseSide? baseSide, CancellationToken cancellationToken)
    {
        var shown = path.Replace('\\', '/').TrimEnd('/');
        var local = Path.GetFullPath(path, workingDirectory);
        string? repositoryPath = null;
        var baseKind = GitObjectKind.Missing;
        if (baseSide is not null && git is not null)
        {
            repositoryPath = await git.RepositoryPathAsync(path, cancellationToken).ConfigureAwait(false);
            baseKind = await git.KindAsync(baseSide.Commit, repositoryPath, cancellationToken).ConfigureAwait(false);
        }

        if (Directory.Exists(local) || baseKind == GitObjectKind.Folder)
        {
            return await ResolveFolderAsync(shown, local, repositoryPath, baseSide, cancellationToken).ConfigureAwait(false);
        }

        var name = Path.GetFileNameWithoutExtension(local);
        var head = File.Exists(local) ? TableSource.FromFile(local, shown) : null;
        var baseSource = baseKind == GitObjectKind.File
            ? await ReadBaseAsync(shown, repositoryPath!, baseSide!, cancellationToken).ConfigureAwait(false)
            : null;
        if (head is null && baseSource is null)
        {
            throw new CmlException(baseSide is null
                ? $"{shown}: no such file or folder"
                : $"{shown}: no such file or folder, here or at {baseSide.Label}");
        }

        return [new PlotInput(name, shown, head, baseSource)];
    }

    private async Task<IReadOnlyList<PlotInput>> ResolveFolderAsync(
        string shown,
        string local,
        string? repositoryFolder,
        BaseSide? baseSide,
        CancellationToken cancellationToken)
    {
        var headFiles = new SortedSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(local))
        {
            foreach (var file in Directory.EnumerateFiles(local, "*", SearchOption.AllDirectories))
            {
                if (TableSource.IsPlotFile(file))
                {
                    headFiles.Add(Path.GetRelativePath(local, file).Replace('\\', '/'));
                }
            }
        }

        var baseFiles = new SortedSet<string>(StringComparer.Ordinal);
        if (baseSide is not null && git is not null && repositoryFolder is not null)
        {
            var prefix = repositoryFolder.Length == 0 ? string.Empty : repositoryFolder + "/";
            foreach (var file in await git.ListFilesAsync(baseSide.Commit, repositoryFolder, cancellationToken).ConfigureAwait(false))
            {
                if (TableSource.IsPlotFile(file) && file.StartsWith(prefix, StringComparison.Ordinal))
                {
                    baseFiles.Add(file[prefix.Length..]);
                }
            }
        }

        var inputs = new List<PlotInput>();
        foreach (var relative in headFiles.Union(baseFiles).Order(StringComparer.Ordinal))
        {
            var filePath = $"{shown}/{relative}";
            var name = relative[..^Path.GetExtension(relative).Length];
            var head = headFiles.Contains(relative)
                ? TableSource.FromFile(Path.Combine(local, relative), filePath)
                : null;
            var baseSource = baseFiles.Contains(relative)
                ? await ReadBaseAsync(filePath, $"{repositoryFolder}/{relative}".TrimStart('/'), baseSide!, cancellationToken).ConfigureAwait(false)
                : null;
            inputs.Add(new PlotInput(name, filePath, head, baseSource));
        }

        return inputs.Count > 0
            ? inputs
            : throw new CmlException($"{shown}: no {string.Join(", ", TableSource.Extensions)} files in this folder{(baseSide is null ? string.Empty : $" or at {baseSide.Label}")}");
    }

    private async Task<TableSource> ReadBaseAsync(string shown, string repositoryPath, BaseSide baseSide, CancellationToken cancellationToken)
    {
        var text = await git!.ReadTextAsync(baseSide.Commit, repositoryPath, cancellationToken).ConfigureAwait(false)
            ?? throw new CmlException($"{shown} at {baseSide.Label}: git could not read it");
        return TableSource.FromText(text, $"{shown} at {baseSide.Label}", repositoryPath);
    }
}
