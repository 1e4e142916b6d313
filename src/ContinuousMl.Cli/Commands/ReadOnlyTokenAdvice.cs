using ContinuousMl.Forges;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// Recognises a token that may read but not write (a fork's pull request on GitHub) and says what to do about it:
/// the two-workflow pattern, where the untrusted <c>pull_request</c> run only renders and a <c>workflow_run</c> run of
/// the base repository posts.
/// </summary>
public static class ReadOnlyTokenAdvice
{
    /// <summary>GitHub's 403 for a write with a read-only installation token, as the API words it.</summary>
    public const string GitHubMessage = "Resource not accessible by integration";

    public static bool IsReadOnlyRefusal(Exception exception) =>
        exception is ForgeRequestException { StatusCode: 403 } refused
        && refused.Message.Contains(GitHubMessage, StringComparison.OrdinalIgnoreCase);

    /// <param name="reason">Why the report was not posted.</param>
    /// <param name="reportFolder">Where the rendered report is.</param>
    /// <param name="inSummary">Whether the job summary has it.</param>
    public static string Explain(string reason, string reportFolder, bool inSummary) =>
        $"{reason}, so the report was not posted as a comment; it is in {(inSummary ? "the job summary and in " : string.Empty)}{reportFolder}. " +
        "To comment on pull requests from forks, use two workflows: on `pull_request`, run `cml report --no-post` and upload " +
        $"{reportFolder} and the pull request number as an artifact; on `workflow_run`, download it and run " +
        "`cml comment create --target pr/N report.md` without checking out the pull request's code " +
        "(templates/github/fork-safe/ in the continuous-ml repository has both). --strict makes this an error.";
}
