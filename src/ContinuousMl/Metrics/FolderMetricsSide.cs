namespace ContinuousMl.Metrics;

/// <summary>
/// Files kept in a folder with the workspace's layout (a baseline checked in next to the code, an artifact of the
/// main branch's run), compared path for path: <c>metrics.json</c> here is <c>&lt;folder&gt;/metrics.json</c> there.
/// </summary>
/// <param name="label">The folder as the user named it; the column header and legends show it.</param>
/// <param name="directory">The folder's full path.</param>
public sealed class FolderMetricsSide(string label, string directory) : MetricsSide
{
    public override string Label => label;

    public override string Describe(string path) => $"{path} in {label}";

    public override Task<Stream?> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var full = Path.Combine(directory, path);
        if (Directory.Exists(full))
        {
            throw new MetricsFileException(Describe(path), "is a directory, not a file");
        }

        Stream? stream = File.Exists(full)
            ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024, FileOptions.SequentialScan)
            : null;
        return Task.FromResult(stream);
    }

    public override Task<bool> ExistsAsync(string path, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(Path.Combine(directory, path)));
}
