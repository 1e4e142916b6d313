namespace FakeForge.Bitbucket;

/// <summary>What a comment hangs on; each has its own API path and JSON <c>type</c>.</summary>
internal enum BitbucketCommentKind
{
    PullRequest,
    Commit,
    Issue,
}
