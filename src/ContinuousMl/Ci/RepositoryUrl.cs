using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using ContinuousMl.Errors;

namespace ContinuousMl.Ci;

/// <summary>
/// A repository's web address, normalised the way CML normalises <c>--repo</c> and the origin remote:
/// SSH and scp-like remotes become <c>https</c>, <c>http</c> stays <c>http</c>, credentials, query and fragment
/// are dropped, and a trailing <c>/</c> and <c>.git</c> are removed. No property ever holds credentials.
/// </summary>
public sealed partial class RepositoryUrl : IEquatable<RepositoryUrl>
{
    private const string Example = "https://github.com/owner/name";

    private readonly string text;

    private RepositoryUrl(string scheme, string host, int port, IReadOnlyList<string> segments)
    {
        var builder = new UriBuilder(scheme, host, port) { Path = string.Join('/', segments) };
        WebUrl = builder.Uri;
        Scheme = WebUrl.Scheme;
        Host = WebUrl.Host;
        Port = WebUrl.IsDefaultPort ? null : WebUrl.Port;
        PathSegments = segments;
        text = WebUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>The normalised web address, e.g. <c>https://github.com/o/r</c>.</summary>
    public Uri WebUrl { get; }

    /// <summary><c>https</c> or <c>http</c>.</summary>
    public string Scheme { get; }

    /// <summary>The host name in lower case, without the port.</summary>
    public string Host { get; }

    /// <summary>The port when it is not the scheme's default, e.g. 2222 for <c>https://gitlab.com:2222/g/p</c>.</summary>
    public int? Port { get; }

    /// <summary>The host with its port when not the default: <c>ghe.corp.com:8443</c>.</summary>
    public string Authority => Port is { } port ? $"{Host}:{port.ToString(CultureInfo.InvariantCulture)}" : Host;

    /// <summary><c>scheme://host[:port]</c>, e.g. <c>https://ghe.corp.com:8443</c>.</summary>
    public string Origin => $"{Scheme}://{Authority}";

    /// <summary>The path's segments, never empty: <c>["g", "s", "p"]</c> for a GitLab subgroup project.</summary>
    public IReadOnlyList<string> PathSegments { get; }

    /// <summary>The path without leading or trailing slash: <c>o/r</c>, <c>g/s/p</c>.</summary>
    public string Path => string.Join('/', PathSegments);

    /// <summary>The first path segment: the owner, organisation, group or workspace.</summary>
    public string Owner => PathSegments[0];

    /// <summary>The second path segment (the repository on GitHub and Bitbucket), or null for an owner's URL.</summary>
    public string? Name => PathSegments.Count > 1 ? PathSegments[1] : null;

    /// <summary>Normalises <paramref name="url"/>; a bare <c>owner/name</c> slug is refused.</summary>
    /// <exception cref="CmlException">When <paramref name="url"/> is not a repository URL (exit code 2).</exception>
    public static RepositoryUrl Parse(string url) => Parse(url, slugServerUrl: null);

    /// <summary>
    /// Normalises <paramref name="url"/>; a bare <c>owner/name</c> slug is accepted when
    /// <paramref name="slugServerUrl"/> names the forge it lives on (e.g. <c>GITHUB_SERVER_URL</c>).
    /// </summary>
    /// <exception cref="CmlException">When <paramref name="url"/> is not a repository URL (exit code 2).</exception>
    public static RepositoryUrl Parse(string url, string? slugServerUrl)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (TryParse(url, out var parsed))
        {
            return parsed;
        }

        var trimmed = url.Trim();
        if (LooksLikeSlug(trimmed))
        {
            if (!string.IsNullOrWhiteSpace(slugServerUrl))
            {
                return FromSlug(slugServerUrl, trimmed);
            }

            var slug = trimmed.Trim('/');
            var example = slug[..slug.IndexOf('/', StringComparison.Ordinal)].Contains('.', StringComparison.Ordinal)
                ? $"https://{slug}"
                : $"https://github.com/{slug}";
            throw new CmlException(
                $"--repo \"{trimmed}\" is not a repository URL; pass the full URL, e.g. {example}",
                ExitCodes.Usage);
        }

        throw new CmlException(
            $"--repo \"{HideCredentials(trimmed)}\" is not a repository URL; pass the full URL, e.g. {Example}",
            ExitCodes.Usage);
    }

    /// <summary>
    /// The repository <paramref name="slug"/> (<c>owner/name</c>, or a GitLab <c>group/sub/project</c>) on the
    /// forge at <paramref name="serverUrl"/> (<c>https://github.com</c>, <c>https://ghe.corp.com:8443</c>).
    /// A full URL given as the slug is parsed as such and the server is ignored.
    /// </summary>
    /// <exception cref="CmlException">When either part is unusable (exit code 2).</exception>
    public static RepositoryUrl FromSlug(string serverUrl, string slug)
    {
        ArgumentNullException.ThrowIfNull(serverUrl);
        ArgumentNullException.ThrowIfNull(slug);
        var candidate = slug.Trim();
        var trimmedSlug = candidate.Trim('/');
        if (!LooksLikeSlug(trimmedSlug))
        {
            if (TryParse(candidate, out var full))
            {
                return full;
            }

            throw new CmlException(
                $"\"{HideCredentials(candidate)}\" is not a repository name; expected owner/name",
                ExitCodes.Usage);
        }

        if (!TryParse(serverUrl, out var server, requirePath: false))
        {
            throw new CmlException(
                $"\"{HideCredentials(serverUrl.Trim())}\" is not a server URL; expected e.g. https://github.com",
                ExitCodes.Usage);
        }

        var segments = server.PathSegments.Concat(Segments(trimmedSlug)).ToArray();
        StripGitSuffix(segments);
        return new RepositoryUrl(server.Scheme, server.Host, server.Port ?? -1, segments);
    }

    /// <summary>Normalises <paramref name="url"/> when it is a repository URL (SSH, scp-like, git, http or https).</summary>
    public static bool TryParse([NotNullWhen(true)] string? url, [NotNullWhen(true)] out RepositoryUrl? result) =>
        TryParse(url, out result, requirePath: true);

    public override string ToString() => text;

    public bool Equals(RepositoryUrl? other) => other is not null && string.Equals(text, other.text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is RepositoryUrl other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(text);

    public static bool operator ==(RepositoryUrl? left, RepositoryUrl? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(RepositoryUrl? left, RepositoryUrl? right) => !(left == right);

    private static bool TryParse(string? url, [NotNullWhen(true)] out RepositoryUrl? result, bool requirePath)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var value = url.Trim();
        string scheme;
        string host;
        var port = -1;
        string path;

        var scp = ScpLike().Match(value);
        if (!value.Contains("://", StringComparison.Ordinal) && scp.Success)
        {
            // [user@]host:path — git's scp-like syntax; there is no port in it.
            scheme = Uri.UriSchemeHttps;
            host = scp.Groups["host"].Value;
            path = scp.Groups["path"].Value;
        }
        else
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            {
                return false;
            }

            switch (uri.Scheme.ToLowerInvariant())
            {
                case "https":
                    scheme = Uri.UriSchemeHttps;
                    port = uri.IsDefaultPort ? -1 : uri.Port;
                    break;
                case "http":
                    scheme = Uri.UriSchemeHttp;
                    port = uri.IsDefaultPort ? -1 : uri.Port;
                    break;
                case "ssh":
                case "git+ssh":
                case "ssh+git":
                case "git":
                    // CML keeps a non-standard SSH port (ssh://git@gitlab.com:2222/g/p → https://gitlab.com:2222/g/p);
                    // the SSH default 22 and git's 9418 would make nonsense https URLs, so they go.
                    scheme = Uri.UriSchemeHttps;
                    port = uri.IsDefaultPort || uri.Port is -1 or 22 or 9418 ? -1 : uri.Port;
                    break;
                default:
                    return false;
            }

            host = uri.Host;
            path = uri.AbsolutePath;
        }

        if (!IsHostName(host))
        {
            return false;
        }

        var segments = Segments(Uri.UnescapeDataString(path));
        StripGitSuffix(segments);
        if (requirePath && segments.Length == 0)
        {
            return false;
        }

        if (segments.Any(segment => segment is "." or ".."))
        {
            return false;
        }

        try
        {
            result = new RepositoryUrl(scheme, host.ToLowerInvariant(), port, segments);
            return true;
        }
        catch (UriFormatException)
        {
            return false;
        }
    }

    private static string[] Segments(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void StripGitSuffix(string[] segments)
    {
        if (segments.Length == 0)
        {
            return;
        }

        var last = segments[^1];
        if (last.Length > 4 && last.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            segments[^1] = last[..^4];
        }
    }

    private static bool IsHostName(string host) =>
        host.Length > 1 && (HostName().IsMatch(host) || (host.StartsWith('[') && host.EndsWith(']')));

    private static bool LooksLikeSlug(string value) =>
        !value.Contains("://", StringComparison.Ordinal)
        && Slug().IsMatch(value)
        && !value.TrimEnd('/').Split('/').Any(segment => segment is "." or "..");

    private static string HideCredentials(string value) => Credentials().Replace(value, "$1***@");

    [GeneratedRegex(@"^(?:[^@/\s]+@)?(?<host>[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]):(?<path>[^\s]+)$")]
    private static partial Regex ScpLike();

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$")]
    private static partial Regex HostName();

    [GeneratedRegex(@"^[^/:@\s]+(?:/[^/:@\s]+)+/?$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"(://|^)[^/@\s]+@")]
    private static partial Regex Credentials();
}
