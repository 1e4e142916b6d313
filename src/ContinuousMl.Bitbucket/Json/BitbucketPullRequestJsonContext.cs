using System.Text.Json.Serialization;

namespace ContinuousMl.Bitbucket.Json;

/// <summary>Source-generated JSON for listing, opening and merging pull requests.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(BitbucketPage<BitbucketPullRequest>))]
[JsonSerializable(typeof(BitbucketPullRequest))]
[JsonSerializable(typeof(BitbucketPullRequestCreation))]
[JsonSerializable(typeof(BitbucketMergeOptions))]
internal sealed partial class BitbucketPullRequestJsonContext : JsonSerializerContext;
