namespace ContinuousMl.Bitbucket.Json;

/// <summary>A repository's UUID and its workspace's, which the runner container needs.</summary>
internal sealed class BitbucketRepositoryIdentity
{
    public string? Uuid { get; init; }

    public BitbucketRepositoryIdentity? Workspace { get; init; }
}
