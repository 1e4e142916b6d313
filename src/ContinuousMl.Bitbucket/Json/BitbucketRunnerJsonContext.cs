using System.Text.Json.Serialization;

namespace ContinuousMl.Bitbucket.Json;

/// <summary>Source-generated JSON for the runner endpoints of <c>runner launch</c>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(BitbucketPage<BitbucketRunner>))]
[JsonSerializable(typeof(BitbucketRunner))]
[JsonSerializable(typeof(BitbucketRunnerRequest))]
[JsonSerializable(typeof(BitbucketRepositoryIdentity))]
internal sealed partial class BitbucketRunnerJsonContext : JsonSerializerContext;
