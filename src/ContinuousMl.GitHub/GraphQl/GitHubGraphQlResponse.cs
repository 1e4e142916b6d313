using System.Text.Json;

namespace ContinuousMl.GitHub.GraphQl;

/// <summary>A GraphQL answer: GitHub reports a refused mutation with status 200 and <c>errors</c>.</summary>
internal sealed record GitHubGraphQlResponse(JsonElement? Data, List<GitHubGraphQlError>? Errors);
