namespace ContinuousMl.GitHub.GraphQl;

/// <summary>One entry of a GraphQL answer's <c>errors</c>.</summary>
internal sealed record GitHubGraphQlError(string? Message, string? Type);
