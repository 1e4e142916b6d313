namespace ContinuousMl.Bitbucket.Json;

/// <summary>The body of <c>POST …/pullrequests/{id}/merge</c>, as CML sends it.</summary>
internal sealed class BitbucketMergeOptions
{
    /// <summary><c>merge_commit</c>, <c>fast_forward</c> or <c>squash</c>.</summary>
    public required string MergeStrategy { get; init; }

    public bool CloseSourceBranch { get; init; }

    public string? Message { get; init; }
}
