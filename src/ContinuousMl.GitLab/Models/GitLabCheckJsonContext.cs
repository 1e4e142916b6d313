using System.Text.Json.Serialization;

namespace ContinuousMl.GitLab.Models;

/// <summary>Source-generated JSON for commit statuses and pipelines (the shapes of <c>check create</c> and <c>workflow rerun</c>).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(GitLabCommitStatusRequest))]
[JsonSerializable(typeof(GitLabCommitStatus))]
[JsonSerializable(typeof(GitLabPipeline))]
internal sealed partial class GitLabCheckJsonContext : JsonSerializerContext;
