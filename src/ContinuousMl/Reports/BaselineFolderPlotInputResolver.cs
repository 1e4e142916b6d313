using ContinuousMl.Errors;
using ContinuousMl.Plots;

namespace ContinuousMl.Reports;

/// <summary>
/// Pairs plot files in the workspace with the same paths under a baseline folder: a file is itself on both sides, a
/// folder is every <c>.csv</c>, <c>.tsv</c> and <c>.json</c> under it on either side, matched by relative path
/// (as <see cref="PlotInputResolver"/> does against a git revision).
/// </summary>
public sealed class BaselineFolderPlotInputResolver(string workingDirectory, ReportBase baseline)
{
    public IReadOnlyList<IReadOnlyList<PlotInput>> Resolve(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return paths.Select(Resolve).ToList();
    }

    /// <summary>Whether <paramref name="path"/> is a file or folder in the workspace or the baseline.</summary>
    public bool Exists(string path) =>
        Path.Exists(Path.Combine(workingDirectory, path)) || Path.Exists(Path.Combine(baseline.Folder!, path));

    private IReadOnlyList<PlotInput> Resolve(string path)
    {
        var shown = path.Replace('\\', '/').TrimEnd('/');
        var head = Path.GetFullPath(path, workingDirectory);
        var @base = Path.GetFullPath(path, baseline.Folder!);
        if (Directory.Exists(head) || Directory.Exists(@base))
        {
            var relatives = Files(head).Union(Files(@base)).Order(StringComparer.Ordinal).ToList();
            return relatives.Count > 0
                ? relatives.Select(relative => Input($"{shown}/{relative}", relative[..^Path.GetExtension(relative).Length], Path.Combine(head, relative), Path.Combine(@base, relative))).ToList()
                : throw new CmlException($"{shown}: no {string.Join(", ", TableSource.Extensions)} files in this folder or in {baseline.Label}");
        }

        if (!File.Exists(head) && !File.Exists(@base))
        {
            throw new CmlException($"{shown}: no such file or folder, here or in {baseline.Label}");
        }

        return [Input(shown, Path.GetFileNameWithoutExtension(head), head, @base)];
    }

    private PlotInput Input(string shown, string name, string head, string @base) => new(
        name,
        shown,
        File.Exists(head) ? TableSource.FromFile(head, shown) : null,
        File.Exists(@base) ? TableSource.FromFile(@base, $"{shown} in {baseline.Label}") : null);

    private static IEnumerable<string> Files(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(TableSource.IsPlotFile)
            .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))
        : [];
}
