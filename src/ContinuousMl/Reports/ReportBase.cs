namespace ContinuousMl.Reports;

/// <summary>
/// What a report compares the workspace with: a git revision (<c>main</c>, read with <c>git show</c>) or a folder with
/// the workspace's layout (a checked-in baseline, the main branch's downloaded artifact).
/// </summary>
/// <param name="Label">As the user named it; table headers and legends show it.</param>
/// <param name="Commit">The resolved commit, for a revision.</param>
/// <param name="Folder">The folder's full path, for a folder.</param>
public sealed record ReportBase(string Label, string? Commit, string? Folder)
{
    public static ReportBase Revision(string label, string commit) => new(label, commit, null);

    public static ReportBase FromFolder(string label, string fullPath) => new(label, null, fullPath);

    public bool IsFolder => Folder is not null;

    /// <summary>For sentences: <c>`main`</c>, or <c>the folder `baseline`</c>.</summary>
    public string Description => IsFolder ? $"the folder `{Label}`" : $"`{Label}`";
}
