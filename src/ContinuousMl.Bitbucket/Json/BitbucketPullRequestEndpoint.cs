namespace ContinuousMl.Bitbucket.Json;

/// <summary>The source or destination side of a pull request.</summary>
internal sealed class BitbucketPullRequestEndpoint
{
    public BitbucketBranch? Branch { get; init; }
}
