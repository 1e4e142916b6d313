namespace ContinuousMl.Metrics;

/// <summary>One side of a comparison: the workspace, or a revision read from git.</summary>
public abstract class MetricsSide : IAsyncDisposable
{
    /// <summary>The column header: <c>workspace</c>, or the revision as the user named it (<c>main</c>).</summary>
    public abstract string Label { get; }

    /// <summary>Names a file on this side for messages: <c>metrics.json at main</c>, <c>metrics.json in the workspace</c>.</summary>
    public abstract string Describe(string path);

    /// <summary>The file's content, or null when this side has no such file.</summary>
    /// <param name="path">Relative to the current directory, with forward slashes.</param>
    public abstract Task<Stream?> OpenAsync(string path, CancellationToken cancellationToken);

    public abstract Task<bool> ExistsAsync(string path, CancellationToken cancellationToken);

    /// <summary>Sides that keep a reader open (a git child) close it here.</summary>
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
