namespace ContinuousMl.Ci;

/// <summary>
/// Where Bitbucket Cloud's REST API and web pages live. The API base is <c>BITBUCKET_API_URL</c> when set (a proxy,
/// a test double), else <c>https://api.bitbucket.org/2.0</c>; the web base is the API base without its <c>api.</c>
/// host prefix and its <c>/2.0</c> path, as Bitbucket pairs them. Results have no trailing slash.
/// </summary>
public static class BitbucketEndpoints
{
    public const string ApiUrlVariable = "BITBUCKET_API_URL";
    public const string PublicApiUrl = "https://api.bitbucket.org/2.0";
    public const string PublicServerUrl = "https://bitbucket.org";

    /// <summary>The REST API base: <paramref name="apiUrl"/> when it is an http(s) URL, else the public one.</summary>
    public static string ApiBase(string? apiUrl) =>
        Clean(apiUrl) is { } api && Uri.TryCreate(api, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? api
            : PublicApiUrl;

    /// <summary>
    /// The web base paired with <paramref name="apiBase"/>: <c>https://api.bitbucket.org/2.0</c> →
    /// <c>https://bitbucket.org</c>, <c>http://127.0.0.1:5000/2.0</c> → <c>http://127.0.0.1:5000</c>.
    /// </summary>
    public static string ServerBase(string apiBase)
    {
        ArgumentNullException.ThrowIfNull(apiBase);
        if (!Uri.TryCreate(ApiBase(apiBase), UriKind.Absolute, out var api))
        {
            return PublicServerUrl;
        }

        var host = api.Host.StartsWith("api.", StringComparison.OrdinalIgnoreCase) ? api.Host["api.".Length..] : api.Host;
        var path = api.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/2.0", StringComparison.Ordinal))
        {
            path = path[..^"/2.0".Length];
        }

        var builder = new UriBuilder(api.Scheme, host, api.IsDefaultPort ? -1 : api.Port, path);
        return builder.Uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().TrimEnd('/');
}
