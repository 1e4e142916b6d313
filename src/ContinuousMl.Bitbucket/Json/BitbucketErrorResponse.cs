namespace ContinuousMl.Bitbucket.Json;

/// <summary>Bitbucket's error answer: <c>{"type": "error", "error": {"message": …, "detail": …}}</c>.</summary>
internal sealed class BitbucketErrorResponse
{
    public BitbucketErrorBody? Error { get; init; }
}
