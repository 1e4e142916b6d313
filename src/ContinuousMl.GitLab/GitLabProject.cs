namespace ContinuousMl.GitLab;

/// <summary>Where a project's API lives and how the API names the project.</summary>
/// <param name="ApiBase">The REST v4 base with its trailing slash, e.g. <c>https://example.com/gitlab/api/v4/</c>.</param>
/// <param name="Path">The project's full path below the GitLab root, e.g. <c>group/sub/project</c>.</param>
/// <param name="WebUrl">The project's web address, no trailing slash; comment links are built on it.</param>
public sealed record GitLabProject(Uri ApiBase, string Path, string WebUrl)
{
    /// <summary>The project id as the API takes it in a path: the URL-encoded full path, <c>group%2Fsub%2Fproject</c>.</summary>
    public string Id => Uri.EscapeDataString(Path);

    public override string ToString() => Path;
}
