using System.Text.RegularExpressions;
using ContinuousMl.Errors;

namespace ContinuousMl.Ci;

/// <summary>
/// Which forge we post to (<c>--driver</c>), as CML infers it: the explicit value, else the repository's host,
/// else the CI's variables. Names match <see cref="Forges.IForge.Name"/>.
/// </summary>
public static partial class DriverResolver
{
    public const string GitHub = "github";
    public const string GitLab = "gitlab";
    public const string Bitbucket = "bitbucket";

    /// <summary>Every driver name, in the order the error message lists them.</summary>
    public static readonly IReadOnlyList<string> Names = [GitHub, GitLab, Bitbucket];

    /// <summary>The driver for <paramref name="repository"/>.</summary>
    /// <param name="explicitDriver">The <c>--driver</c> value; null or blank when not given.</param>
    /// <param name="repository">The repository we post to, when known.</param>
    /// <param name="environment">The CI's variables, the last resort for self-hosted forges.</param>
    /// <exception cref="CmlException">An unknown <paramref name="explicitDriver"/> (exit 2), or no way to tell (exit 1).</exception>
    public static string Resolve(string? explicitDriver, RepositoryUrl? repository, IEnvironmentVariables environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(explicitDriver))
        {
            return Validate(explicitDriver);
        }

        if (repository is not null && FromHost(repository.Host) is { } byHost)
        {
            return byHost;
        }

        if (IsSet(environment, "GITHUB_REPOSITORY"))
        {
            return GitHub;
        }

        if (IsSet(environment, "CI_PROJECT_URL"))
        {
            return GitLab;
        }

        if (IsSet(environment, "BITBUCKET_REPO_UUID"))
        {
            return Bitbucket;
        }

        var what = repository?.ToString() ?? "this repository";
        throw new CmlException($"cannot tell which forge hosts {what}; pass --driver github|gitlab|bitbucket");
    }

    /// <summary>The canonical name for an explicit <c>--driver</c> value (case and surrounding blanks ignored).</summary>
    /// <exception cref="CmlException">When it names no driver (exit code 2).</exception>
    public static string Validate(string driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var trimmed = driver.Trim();
        foreach (var name in Names)
        {
            if (string.Equals(name, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        throw new CmlException($"--driver \"{trimmed}\" is not one of {string.Join(", ", Names)}", ExitCodes.Usage);
    }

    /// <summary>The driver a public forge host implies (<c>github.com</c>, <c>gitlab.com</c>, <c>bitbucket.org</c>), or null.</summary>
    public static string? FromHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (string.Equals(host, "github.com", StringComparison.OrdinalIgnoreCase))
        {
            return GitHub;
        }

        if (string.Equals(host, "gitlab.com", StringComparison.OrdinalIgnoreCase))
        {
            return GitLab;
        }

        return BitbucketHost().IsMatch(host) ? Bitbucket : null;
    }

    private static bool IsSet(IEnvironmentVariables environment, string name) =>
        !string.IsNullOrWhiteSpace(environment.Get(name));

    [GeneratedRegex(@"bitbucket\.(com|org)", RegexOptions.IgnoreCase)]
    private static partial Regex BitbucketHost();
}
