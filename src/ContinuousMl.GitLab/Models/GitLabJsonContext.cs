using System.Text.Json.Serialization;

namespace ContinuousMl.GitLab.Models;

/// <summary>Source-generated JSON for every GitLab shape we read or write, so a native build needs no reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(GitLabUser))]
[JsonSerializable(typeof(GitLabNote))]
[JsonSerializable(typeof(List<GitLabNote>))]
[JsonSerializable(typeof(GitLabCommitComment))]
[JsonSerializable(typeof(List<GitLabCommitComment>))]
[JsonSerializable(typeof(List<GitLabMergeRequest>))]
[JsonSerializable(typeof(GitLabUpload))]
[JsonSerializable(typeof(GitLabVersion))]
[JsonSerializable(typeof(GitLabNoteRequest))]
[JsonSerializable(typeof(GitLabCommitCommentRequest))]
internal sealed partial class GitLabJsonContext : JsonSerializerContext;
