namespace ContinuousMl.Git;

/// <summary>What kind of place a remote's URL names, as git reads it.</summary>
public static class GitRemoteAddress
{
    /// <summary>
    /// True for a repository on this machine: a <c>file://</c> URL or a path. git reads <c>host:path</c> (a colon
    /// before any slash) as SSH, everything else without <c>://</c> as a path.
    /// </summary>
    public static bool IsLocal(string remoteUrl)
    {
        ArgumentNullException.ThrowIfNull(remoteUrl);
        var url = remoteUrl.Trim();
        if (url.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (url.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOf('/', StringComparison.Ordinal);
        return colon < 0 || (slash >= 0 && slash < colon);
    }

    /// <summary>
    /// <paramref name="remoteUrl"/> as an http(s) URL without user name, password, query or fragment, or null when it
    /// is not one (SSH, a path).
    /// </summary>
    public static Uri? HttpWithoutCredentials(string remoteUrl)
    {
        ArgumentNullException.ThrowIfNull(remoteUrl);
        if (!Uri.TryCreate(remoteUrl.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        return new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty, Query = string.Empty, Fragment = string.Empty }.Uri;
    }
}
