namespace ContinuousMl.Ci;

/// <summary>The web page of the CI job we run in, built from the CI's own variables; null outside CI.</summary>
public static class CiJobUrl
{
    public static string? Of(CiContext ci)
    {
        ArgumentNullException.ThrowIfNull(ci);
        if (ci.RepositoryUrl is not { Length: > 0 } repository || ci.RunId is not { Length: > 0 } run)
        {
            return null;
        }

        var escaped = Uri.EscapeDataString(run);
        return ci.Name switch
        {
            // GITHUB_RUN_ID names the whole run; its page lists the jobs.
            GitHubActions.CiName => $"{repository}/actions/runs/{escaped}",
            GitLabCi.CiName => $"{repository}/-/jobs/{escaped}",
            BitbucketPipelines.CiName => $"{repository}/pipelines/results/{escaped}",
            _ => null,
        };
    }
}
