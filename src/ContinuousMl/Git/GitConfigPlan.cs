using ContinuousMl.Ci;

namespace ContinuousMl.Git;

/// <summary>
/// What <c>repo prepare</c> (CML's <c>updateGitConfig</c>) runs, per forge, in CML's order: GitHub drops the header
/// actions/checkout persists, Bitbucket drops the pipeline's own identity and push proxy; then the identity is set
/// and the remote rewritten to carry the credential, so that a later plain <c>git push</c> authenticates.
/// </summary>
public static class GitConfigPlan
{
    /// <param name="driver">The forge (<see cref="DriverResolver"/>'s names).</param>
    /// <param name="repository">The repository the remote should point to.</param>
    /// <param name="credential">What the rewritten remote URL carries.</param>
    /// <param name="identity">The committer; a missing part is left as configured.</param>
    /// <param name="remote">The remote to rewrite, e.g. <c>origin</c>.</param>
    /// <param name="rewriteRemote">False to leave the remote's URL alone (it is a repository on this machine).</param>
    public static IReadOnlyList<GitConfigStep> For(
        string driver, RepositoryUrl repository, GitCredential credential, GitIdentity identity, string remote, bool rewriteRemote = true)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentException.ThrowIfNullOrEmpty(remote);
        var steps = new List<GitConfigStep>();
        var path = string.Join('/', repository.PathSegments.Select(Uri.EscapeDataString));
        Func<string, string> remoteUrl;
        if (driver == DriverResolver.Bitbucket)
        {
            Unset(steps, "user.name");
            Unset(steps, "user.email");
            Unset(steps, "push.default");
            // The pipeline clones over http through a local proxy that authenticates as the pipeline itself.
            Unset(steps, $"http.http://{repository.Authority}/{path}.proxy");
            remoteUrl = userInfo => $"https://{userInfo}{repository.Authority}/{path}";
        }
        else
        {
            if (driver == DriverResolver.GitHub)
            {
                Unset(steps, $"http.{repository.Origin}/.extraheader");
            }

            remoteUrl = userInfo => $"{repository.Scheme}://{userInfo}{repository.Authority}/{path}.git";
        }

        Set(steps, "user.name", identity.Name);
        Set(steps, "user.email", identity.Email);
        if (rewriteRemote)
        {
            steps.Add(new GitConfigStep(
                ["remote", "set-url", remote, remoteUrl(credential.UserInfo)],
                $"git remote set-url {remote} {remoteUrl(Uri.EscapeDataString(credential.UserName) + ":***@")}",
                MayFail: false));
        }

        return steps;
    }

    private static void Unset(List<GitConfigStep> steps, string key) =>
        steps.Add(new GitConfigStep(["config", "--unset", key], $"git config --unset {key}", MayFail: true));

    private static void Set(List<GitConfigStep> steps, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            steps.Add(new GitConfigStep(["config", key, value], $"git config {key} {value}", MayFail: false));
        }
    }
}
