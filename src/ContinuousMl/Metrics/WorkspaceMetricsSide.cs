namespace ContinuousMl.Metrics;

/// <summary>The files as they are on disk now.</summary>
public sealed class WorkspaceMetricsSide(string directory) : MetricsSide
{
    public const string WorkspaceLabel = "workspace";

    public override string Label => WorkspaceLabel;

    public override string Describe(string path) => $"{path} in the workspace";

    public override Task<Stream?> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var full = Path.Combine(directory, path);
        if (Directory.Exists(full))
        {
            throw new MetricsFileException(Describe(path), "is a directory, not a file");
        }

        if (!File.Exists(full))
        {
            return Task.FromResult<Stream?>(null);
        }

        // Sequential scan: readers go front to back, except the CSV tail read, which seeks once.
        Stream stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024, FileOptions.SequentialScan);
        return Task.FromResult<Stream?>(stream);
    }

    public override Task<bool> ExistsAsync(string path, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(Path.Combine(directory, path)));
}
