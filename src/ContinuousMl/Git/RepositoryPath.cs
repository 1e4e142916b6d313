namespace ContinuousMl.Git;

/// <summary>Repository-relative paths: <c>/</c>-separated, no <c>.</c> or <c>..</c> segments, never leaving the top level.</summary>
public static class RepositoryPath
{
    /// <summary>
    /// <paramref name="path"/> (relative to the folder <paramref name="prefix"/> of the repository) as a repository path:
    /// <c>../metrics.json</c> from <c>src/</c> is <c>metrics.json</c>. Null when it climbs above the top level.
    /// </summary>
    public static string? Combine(string prefix, string path)
    {
        var segments = new List<string>();
        foreach (var segment in (prefix + "/" + path.Replace('\\', '/')).Split('/'))
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

        return string.Join('/', segments);
    }
}
