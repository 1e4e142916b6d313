using System.Text.Json.Serialization;

namespace ContinuousMl.GitLab.Models;

/// <summary>Source-generated JSON for the runner endpoints of <c>runner launch</c>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(List<GitLabRunnerSummary>))]
[JsonSerializable(typeof(GitLabRunnerDetails))]
[JsonSerializable(typeof(List<GitLabRunnerJob>))]
[JsonSerializable(typeof(GitLabRunnerJob))]
[JsonSerializable(typeof(GitLabCreatedRunner))]
[JsonSerializable(typeof(GitLabProjectIdentity))]
internal sealed partial class GitLabRunnerJsonContext : JsonSerializerContext;
