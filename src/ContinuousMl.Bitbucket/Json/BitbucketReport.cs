namespace ContinuousMl.Bitbucket.Json;

/// <summary>A Code Insights report as Bitbucket answers it.</summary>
internal sealed class BitbucketReport
{
    public string? Uuid { get; init; }

    public string? ExternalId { get; init; }

    public string? Result { get; init; }
}
