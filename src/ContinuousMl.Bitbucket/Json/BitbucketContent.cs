namespace ContinuousMl.Bitbucket.Json;

/// <summary>A rendered text field; only the Markdown source (<c>raw</c>) is read or written.</summary>
internal sealed class BitbucketContent
{
    public string? Raw { get; init; }
}
