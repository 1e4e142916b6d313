namespace ContinuousMl.Ci;

/// <summary>
/// Where GitHub's REST API and web pages live for a repository: github.com, GitHub Enterprise Server
/// (<c>https://host[:port]/api/v3</c>) or GHE.com (<c>https://api.&lt;tenant&gt;.ghe.com</c>). The CI's
/// <c>GITHUB_API_URL</c> / <c>GITHUB_SERVER_URL</c> win, but only when they describe the repository's forge: a job
/// on github.com may post to an Enterprise repository given by <c>--repo</c>. Results have no trailing slash.
/// </summary>
public static class GitHubEndpoints
{
    public const string PublicApiUrl = "https://api.github.com";
    public const string PublicServerUrl = "https://github.com";

    /// <summary>The REST API base for <paramref name="repository"/>.</summary>
    /// <param name="repository">The repository we post to.</param>
    /// <param name="apiUrl">The CI's <c>GITHUB_API_URL</c>, when set.</param>
    /// <param name="serverUrl">The CI's <c>GITHUB_SERVER_URL</c>, when set; it tells which forge <paramref name="apiUrl"/> belongs to.</param>
    public static string ApiBase(RepositoryUrl repository, string? apiUrl = null, string? serverUrl = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        if (Clean(apiUrl) is { } api && ApiBelongsTo(repository, api, Clean(serverUrl)))
        {
            return api;
        }

        if (IsPublicGitHub(repository.Host))
        {
            return PublicApiUrl;
        }

        if (repository.Host.EndsWith(".ghe.com", StringComparison.OrdinalIgnoreCase))
        {
            return $"{repository.Scheme}://api.{repository.Authority}";
        }

        return $"{repository.Origin}/api/v3";
    }

    /// <summary>The API base from the CI context's <see cref="CiContext.ApiUrl"/> and <see cref="CiContext.ServerUrl"/>.</summary>
    public static string ApiBase(RepositoryUrl repository, CiContext? context) =>
        ApiBase(repository, context?.ApiUrl, context?.ServerUrl);

    /// <summary>
    /// The web base for <paramref name="repository"/>: <paramref name="serverUrl"/> exactly as given (scheme included)
    /// when it is the repository's forge, else the repository's <c>scheme://host[:port]</c>.
    /// </summary>
    public static string ServerBase(RepositoryUrl repository, string? serverUrl = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return Clean(serverUrl) is { } server && SameAuthority(server, repository) ? server : repository.Origin;
    }

    /// <summary>The web base from the CI context's <see cref="CiContext.ServerUrl"/>.</summary>
    public static string ServerBase(RepositoryUrl repository, CiContext? context) =>
        ServerBase(repository, context?.ServerUrl);

    private static bool ApiBelongsTo(RepositoryUrl repository, string apiUrl, string? serverUrl)
    {
        if (serverUrl is not null)
        {
            return SameAuthority(serverUrl, repository);
        }

        if (!Uri.TryCreate(apiUrl, UriKind.Absolute, out var api))
        {
            return false;
        }

        return string.Equals(api.Host, repository.Host, StringComparison.OrdinalIgnoreCase)
               || string.Equals(api.Host, "api." + repository.Host, StringComparison.OrdinalIgnoreCase);
    }

    private static bool SameAuthority(string serverUrl, RepositoryUrl repository) =>
        Uri.TryCreate(serverUrl, UriKind.Absolute, out var server)
        && string.Equals(server.Authority, repository.Authority, StringComparison.OrdinalIgnoreCase);

    private static bool IsPublicGitHub(string host) =>
        string.Equals(host, "github.com", StringComparison.OrdinalIgnoreCase)
        || string.Equals(host, "www.github.com", StringComparison.OrdinalIgnoreCase);

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().TrimEnd('/');
}
