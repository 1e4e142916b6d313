using System.Text.Json.Serialization;

namespace ContinuousMl.Bitbucket.Json;

/// <summary>Source-generated serialisation of Code Insights reports and pipelines (<c>check create</c>, <c>workflow rerun</c>).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(BitbucketReportRequest))]
[JsonSerializable(typeof(BitbucketReport))]
[JsonSerializable(typeof(BitbucketPipeline))]
[JsonSerializable(typeof(BitbucketPipelineRequest))]
internal sealed partial class BitbucketCheckJsonContext : JsonSerializerContext
{
}
