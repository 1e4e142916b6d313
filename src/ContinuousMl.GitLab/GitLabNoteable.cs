namespace ContinuousMl.GitLab;

/// <summary>Something notes hang on: a merge request or an issue, by its project-scoped iid.</summary>
/// <param name="Collection">The API's collection name: <c>merge_requests</c> or <c>issues</c>.</param>
/// <param name="Iid">The number users see (<c>!7</c>, <c>#7</c>).</param>
internal readonly record struct GitLabNoteable(string Collection, string Iid)
{
    public static GitLabNoteable MergeRequest(string iid) => new("merge_requests", iid);

    public static GitLabNoteable Issue(string iid) => new("issues", iid);

    /// <summary>The page's path below the project's web URL, e.g. <c>-/merge_requests/7</c>.</summary>
    public string WebPath => $"-/{Collection}/{Iid}";

    public override string ToString() => Collection == "merge_requests" ? $"merge request !{Iid}" : $"issue #{Iid}";
}
