namespace ContinuousMl.Bitbucket;

/// <summary>The repository we post to, and the web base its links are built from.</summary>
/// <param name="Workspace">The workspace (the first path segment of the repository URL).</param>
/// <param name="Slug">The repository slug.</param>
/// <param name="ServerUrl">The web base, e.g. <c>https://bitbucket.org</c>, no trailing slash.</param>
public sealed record BitbucketRepository(string Workspace, string Slug, string ServerUrl)
{
    /// <summary>The API path of the repository, escaped: <c>repositories/ws/slug</c>.</summary>
    internal string ApiPath => $"repositories/{Uri.EscapeDataString(Workspace)}/{Uri.EscapeDataString(Slug)}";

    /// <summary>The repository's web page.</summary>
    public string WebUrl => $"{ServerUrl}/{Uri.EscapeDataString(Workspace)}/{Uri.EscapeDataString(Slug)}";

    public override string ToString() => $"{Workspace}/{Slug}";
}
