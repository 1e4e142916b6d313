namespace ContinuousMl.Forges;

/// <summary>Where a comment goes: a pull request, a commit or an issue.</summary>
public sealed record CommentTarget(CommentTargetKind Kind, string Id)
{
    public static CommentTarget PullRequest(string number) => new(CommentTargetKind.PullRequest, number);

    public static CommentTarget Commit(string sha) => new(CommentTargetKind.Commit, sha);

    public static CommentTarget Issue(string number) => new(CommentTargetKind.Issue, number);

    public override string ToString() => Kind switch
    {
        CommentTargetKind.PullRequest => $"pr/{Id}",
        CommentTargetKind.Commit => $"commit/{Id}",
        _ => $"issue/{Id}",
    };
}
