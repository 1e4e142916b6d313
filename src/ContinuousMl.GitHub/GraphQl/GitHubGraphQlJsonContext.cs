using System.Text.Json.Serialization;

namespace ContinuousMl.GitHub.GraphQl;

/// <summary>Source-generated JSON for the GraphQL calls: our own requests never go through Octokit's reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GitHubGraphQlRequest))]
[JsonSerializable(typeof(GitHubGraphQlResponse))]
internal sealed partial class GitHubGraphQlJsonContext : JsonSerializerContext;
