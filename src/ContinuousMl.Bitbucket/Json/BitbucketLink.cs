namespace ContinuousMl.Bitbucket.Json;

internal sealed class BitbucketLink
{
    public string? Href { get; init; }
}
