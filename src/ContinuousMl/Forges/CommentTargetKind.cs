namespace ContinuousMl.Forges;

public enum CommentTargetKind
{
    PullRequest,
    Commit,
    Issue,
}
