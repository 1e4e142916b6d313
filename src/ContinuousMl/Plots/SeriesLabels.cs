namespace ContinuousMl.Plots;

/// <summary>How series and sides are named in legends.</summary>
public static class SeriesLabels
{
    /// <summary>The files as they are now, as <c>dvc plots diff</c> calls them.</summary>
    public const string Workspace = "workspace";

    /// <summary><c>loss (main)</c> when comparing, else just <c>loss</c>.</summary>
    public static string For(string metric, SeriesRole role, BaseSide? baseSide) => baseSide is null
        ? metric
        : $"{metric} ({(role == SeriesRole.Base ? baseSide.Label : Workspace)})";

    /// <summary>A file-name-safe form of a label: <c>origin/main</c> becomes <c>origin-main</c>.</summary>
    public static string FileSafe(string text)
    {
        var safe = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            safe[i] = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-';
        }

        var result = new string(safe).Trim('-', '.');
        return result.Length == 0 ? "plot" : result;
    }
}
