using System.Text.Json.Serialization;

namespace ContinuousMl.GitLab.Models;

/// <summary>Source-generated JSON for opening and merging merge requests.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(GitLabMergeRequest))]
[JsonSerializable(typeof(List<GitLabMergeRequest>))]
[JsonSerializable(typeof(GitLabMergeRequestCreation))]
[JsonSerializable(typeof(GitLabMergeOptions))]
internal sealed partial class GitLabMergeRequestJsonContext : JsonSerializerContext;
