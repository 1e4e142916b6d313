namespace ContinuousMl.Bitbucket.Json;

/// <summary>The links of a resource: <c>self</c> is the API, <c>html</c> the page a reader opens.</summary>
internal sealed class BitbucketLinks
{
    public BitbucketLink? Self { get; init; }

    public BitbucketLink? Html { get; init; }
}
