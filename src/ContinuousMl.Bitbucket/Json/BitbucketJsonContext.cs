using System.Text.Json.Serialization;

namespace ContinuousMl.Bitbucket.Json;

/// <summary>Source-generated serialisation of every Bitbucket shape we read or write: no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(BitbucketPage<BitbucketComment>))]
[JsonSerializable(typeof(BitbucketPage<BitbucketPullRequest>))]
[JsonSerializable(typeof(BitbucketComment))]
[JsonSerializable(typeof(BitbucketCommentRequest))]
[JsonSerializable(typeof(BitbucketAccount))]
[JsonSerializable(typeof(BitbucketErrorResponse))]
internal sealed partial class BitbucketJsonContext : JsonSerializerContext
{
}
