using ContinuousMl.Forges;

namespace ContinuousMl.GitLab;

/// <summary>
/// A check's status and conclusion as a GitLab commit status state. GitLab has no neutral or skipped state that
/// leaves a merge request mergeable, so those count as success; a timeout is a failure.
/// </summary>
public static class GitLabCommitStatusState
{
    public static string From(CheckStatus status, CheckConclusion conclusion) => status switch
    {
        CheckStatus.Queued => "pending",
        CheckStatus.InProgress => "running",
        _ => conclusion switch
        {
            CheckConclusion.Failure or CheckConclusion.TimedOut => "failed",
            CheckConclusion.Cancelled => "canceled",
            _ => "success",
        },
    };
}
