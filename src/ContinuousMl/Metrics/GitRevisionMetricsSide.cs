using System.Text;
using ContinuousMl.Errors;
using ContinuousMl.Git;

namespace ContinuousMl.Metrics;

/// <summary>
/// The files as a commit has them, read with <c>git show &lt;commit&gt;:&lt;path&gt;</c>. Paths are given relative to the
/// current directory and turned into repository paths with the directory's prefix inside the repository.
/// </summary>
public sealed class GitRevisionMetricsSide(GitCli git, string label, string commit, string repositoryPrefix) : MetricsSide
{
    public override string Label => label;

    public string Commit => commit;

    public override string Describe(string path) => $"{path} at {label}";

    public override async Task<Stream?> OpenAsync(string path, CancellationToken cancellationToken)
    {
        if (RepositoryPath(path) is not { } inRepository)
        {
            return null;
        }

        var result = await git.RunAsync(["show", $"{commit}:{inRepository}"], cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return new MemoryStream(Encoding.UTF8.GetBytes(result.StandardOutput), writable: false);
        }

        if (IsMissingPath(result.StandardError))
        {
            return null;
        }

        throw new CmlException($"{Describe(path)}: git show failed: {FirstLine(result.StandardError)}; check that {label} is a commit of this repository");
    }

    public override async Task<bool> ExistsAsync(string path, CancellationToken cancellationToken)
    {
        if (RepositoryPath(path) is not { } inRepository)
        {
            return false;
        }

        var result = await git.RunAsync(["cat-file", "-e", $"{commit}:{inRepository}"], cancellationToken).ConfigureAwait(false);
        return result.Succeeded;
    }

    /// <summary><c>../metrics.json</c> from <c>src/</c> is <c>metrics.json</c>; null when the path leaves the repository.</summary>
    internal string? RepositoryPath(string path)
    {
        var segments = new List<string>();
        foreach (var segment in (repositoryPrefix + "/" + path.Replace('\\', '/')).Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }

    private static bool IsMissingPath(string error) =>
        error.Contains("does not exist in", StringComparison.Ordinal)
        || error.Contains("exists on disk, but not in", StringComparison.Ordinal);

    private static string FirstLine(string text)
    {
        var trimmed = text.Trim();
        var end = trimmed.IndexOfAny(['\r', '\n']);
        return end < 0 ? trimmed : trimmed[..end];
    }
}
