using ContinuousMl.Git;

namespace ContinuousMl.Metrics;

/// <summary>
/// The files as a commit has them, read through one <c>git cat-file --batch</c>. Paths are given relative to the
/// current directory and turned into repository paths with the directory's prefix inside the repository.
/// </summary>
public sealed class GitRevisionMetricsSide(GitCli git, string label, string commit, string repositoryPrefix) : MetricsSide
{
    private readonly GitObjectBatch objects = new(git);

    public override string Label => label;

    public string Commit => commit;

    public override string Describe(string path) => $"{path} at {label}";

    public override async Task<Stream?> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var found = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
        return found.Content is { } content ? new MemoryStream(content, writable: false) : null;
    }

    public override async Task<bool> ExistsAsync(string path, CancellationToken cancellationToken) =>
        (await ReadAsync(path, cancellationToken).ConfigureAwait(false)).Kind != GitObjectKind.Missing;

    public override ValueTask DisposeAsync() => objects.DisposeAsync();

    /// <summary><c>../metrics.json</c> from <c>src/</c> is <c>metrics.json</c>; null when the path leaves the repository.</summary>
    internal string? RepositoryPath(string path) =>
        Git.RepositoryPath.Combine(repositoryPrefix, path) is { Length: > 0 } inRepository ? inRepository : null;

    private Task<GitObject> ReadAsync(string path, CancellationToken cancellationToken) =>
        RepositoryPath(path) is { } inRepository
            ? objects.ReadAsync($"{commit}:{inRepository}", cancellationToken)
            : Task.FromResult(GitObject.Missing);
}
