namespace ContinuousMl.Metrics;

/// <summary>File paths as tables show them and git reads them: relative, forward slashes, no <c>./</c>.</summary>
public static class MetricsPaths
{
    public static string Normalize(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[^1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return string.Join('/', segments);
    }

    /// <summary>A path the user typed, made relative to <paramref name="directory"/> when it is absolute.</summary>
    public static string FromArgument(string path, string directory)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Normalize(Path.IsPathRooted(path) ? Path.GetRelativePath(directory, path) : path);
    }
}
