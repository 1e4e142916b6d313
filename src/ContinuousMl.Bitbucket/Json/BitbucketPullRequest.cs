namespace ContinuousMl.Bitbucket.Json;

/// <summary>A pull request, as far as target resolution needs it.</summary>
internal sealed class BitbucketPullRequest
{
    public long Id { get; init; }

    /// <summary><c>OPEN</c>, <c>MERGED</c>, <c>DECLINED</c> or <c>SUPERSEDED</c>.</summary>
    public string? State { get; init; }

    public BitbucketLinks? Links { get; init; }

    public BitbucketPullRequestEndpoint? Source { get; init; }

    public BitbucketPullRequestEndpoint? Destination { get; init; }

    public DateTimeOffset? CreatedOn { get; init; }
}
