namespace ContinuousMl.Bitbucket.Json;

/// <summary>A runner's state: <c>ONLINE</c>, <c>OFFLINE</c>, <c>UNREGISTERED</c>…</summary>
internal sealed class BitbucketRunnerState
{
    public string? Status { get; init; }
}
