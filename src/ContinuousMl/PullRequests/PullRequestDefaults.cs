using ContinuousMl.Ci;

namespace ContinuousMl.PullRequests;

/// <summary>CML's defaults for what <c>cml pr create</c> names and writes, character for character.</summary>
public static class PullRequestDefaults
{
    public const string SkipCiSuffix = " [skip ci]";

    /// <summary>The first 8 characters of the commit, as CML shortens it.</summary>
    public static string ShortSha(string sha)
    {
        ArgumentException.ThrowIfNullOrEmpty(sha);
        return sha.Length <= 8 ? sha : sha[..8];
    }

    /// <summary><c>&lt;target&gt;-cml-pr-&lt;sha8&gt;</c>: one branch per commit, so a re-run finds the one it pushed.</summary>
    public static string SourceBranch(string targetBranch, string sha) => $"{targetBranch}-cml-pr-{ShortSha(sha)}";

    public static string Title(string targetBranch, string sha) => $"CML PR for {targetBranch} {ShortSha(sha)}";

    /// <summary>CML's body, its leading line feed and trailing indentation included.</summary>
    public static string Description(RepositoryUrl repository, string sha)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return $"\nAutomated commits for {repository}/commit/{sha} created by CML.\n      ";
    }

    /// <summary>
    /// The commit message: <paramref name="message"/> or <c>CML PR for &lt;sha8&gt;</c>, with <c> [skip ci]</c> when asked,
    /// or by default when nothing will merge the pull request (a commit CI would only rerun the job that made it).
    /// </summary>
    public static string CommitMessage(string? message, string sha, bool skipCi, bool merging)
    {
        var text = string.IsNullOrEmpty(message) ? $"CML PR for {ShortSha(sha)}" : message;
        return skipCi || (string.IsNullOrEmpty(message) && !merging) ? text + SkipCiSuffix : text;
    }
}
