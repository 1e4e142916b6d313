namespace ContinuousMl.Bitbucket.Json;

/// <summary>A pull-request, commit or issue comment as Bitbucket returns it.</summary>
internal sealed class BitbucketComment
{
    public long Id { get; init; }

    public BitbucketContent? Content { get; init; }

    public BitbucketAccount? User { get; init; }

    public DateTimeOffset? CreatedOn { get; init; }

    public DateTimeOffset? UpdatedOn { get; init; }

    /// <summary>Deleted comments stay in the list, with their content emptied.</summary>
    public bool Deleted { get; init; }

    public BitbucketLinks? Links { get; init; }
}
