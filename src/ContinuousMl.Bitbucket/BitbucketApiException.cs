namespace ContinuousMl.Bitbucket;

/// <summary>A non-success answer from Bitbucket, with what its body said; turned into a user message by <see cref="BitbucketErrors"/>.</summary>
internal sealed class BitbucketApiException : Exception
{
    public BitbucketApiException(int statusCode, string message, IReadOnlyList<string> requiredScopes)
        : base(message)
    {
        StatusCode = statusCode;
        RequiredScopes = requiredScopes;
    }

    public int StatusCode { get; }

    /// <summary>The scopes a 403 says the token lacks, when it names them.</summary>
    public IReadOnlyList<string> RequiredScopes { get; }
}
