namespace ContinuousMl.Bitbucket.Json;

/// <summary>The body of a comment create or update: <c>{"content": {"raw": …}}</c>.</summary>
internal sealed class BitbucketCommentRequest
{
    public required BitbucketContent Content { get; init; }
}
