namespace ContinuousMl.Bitbucket.Json;

internal sealed class BitbucketBranch
{
    public string? Name { get; init; }
}
