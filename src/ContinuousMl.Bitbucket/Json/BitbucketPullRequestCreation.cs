namespace ContinuousMl.Bitbucket.Json;

/// <summary>The body of <c>POST …/pullrequests</c>: title, description, and the two branches.</summary>
internal sealed class BitbucketPullRequestCreation
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    public required BitbucketPullRequestEndpoint Source { get; init; }

    public required BitbucketPullRequestEndpoint Destination { get; init; }
}
