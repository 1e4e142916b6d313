namespace ContinuousMl.Bitbucket.Json;

/// <summary>The OAuth client a new runner authenticates with (secrets).</summary>
internal sealed class BitbucketRunnerOAuthClient
{
    public string? Id { get; init; }

    public string? Secret { get; init; }
}
