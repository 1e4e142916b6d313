using System.Globalization;
using ContinuousMl.Ci;

namespace ContinuousMl.Git;

/// <summary>
/// Makes git send a credential to one remote without writing it anywhere: the header goes through git's
/// <c>GIT_CONFIG_COUNT</c>/<c>GIT_CONFIG_KEY_n</c>/<c>GIT_CONFIG_VALUE_n</c> variables (git 2.31+), which live only in
/// the child's environment, never in its arguments (visible to <c>ps</c>) or in <c>.git/config</c>.
/// </summary>
public static class GitHttpAuthorization
{
    private const string CountVariable = "GIT_CONFIG_COUNT";

    /// <summary>
    /// The variables that make git authenticate to <paramref name="remoteUrl"/> with <paramref name="credential"/>,
    /// or null when the remote is not the forge's own (SSH, a path, another host): the token goes nowhere else.
    /// </summary>
    /// <param name="remoteUrl">The remote's URL as configured.</param>
    /// <param name="repository">The forge repository the token belongs to.</param>
    /// <param name="credential">What to send.</param>
    /// <param name="environment">The process's variables: <c>GIT_CONFIG_*</c> entries already there are kept.</param>
    public static IReadOnlyDictionary<string, string>? EnvironmentFor(
        string remoteUrl, RepositoryUrl repository, GitCredential credential, IEnvironmentVariables environment)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(environment);
        var remote = GitRemoteAddress.HttpWithoutCredentials(remoteUrl);
        if (remote is null || !string.Equals(remote.Authority, repository.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // Keyed on the remote's own URL, the most specific match, so that the empty value first drops any header set
        // for the host (actions/checkout persists one for GITHUB_TOKEN) and ours is the only one sent.
        var key = $"http.{remote.AbsoluteUri}.extraheader";
        var first = ExistingCount(environment);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CountVariable] = (first + 2).ToString(CultureInfo.InvariantCulture),
            [Key(first)] = key,
            [Value(first)] = string.Empty,
            [Key(first + 1)] = key,
            [Value(first + 1)] = "AUTHORIZATION: " + credential.BasicAuthorization,
        };
    }

    private static int ExistingCount(IEnvironmentVariables environment) =>
        int.TryParse(environment.Get(CountVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;

    private static string Key(int index) => string.Create(CultureInfo.InvariantCulture, $"GIT_CONFIG_KEY_{index}");

    private static string Value(int index) => string.Create(CultureInfo.InvariantCulture, $"GIT_CONFIG_VALUE_{index}");
}
