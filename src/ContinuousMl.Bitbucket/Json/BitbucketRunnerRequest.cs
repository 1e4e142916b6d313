namespace ContinuousMl.Bitbucket.Json;

/// <summary>The body that creates a runner.</summary>
internal sealed class BitbucketRunnerRequest
{
    public required string Name { get; init; }

    public required List<string> Labels { get; init; }
}
