namespace ContinuousMl.Bitbucket.Json;

/// <summary>One page of a Bitbucket collection. <see cref="Next"/> is absent on the last page.</summary>
internal sealed class BitbucketPage<T>
{
    public List<T>? Values { get; init; }

    /// <summary>The absolute URL of the next page; follow it as given rather than building one.</summary>
    public string? Next { get; init; }

    public int? Page { get; init; }

    public int? Pagelen { get; init; }

    /// <summary>The total number of items, when the server computes it.</summary>
    public int? Size { get; init; }
}
