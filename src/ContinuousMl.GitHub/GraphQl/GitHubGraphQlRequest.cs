namespace ContinuousMl.GitHub.GraphQl;

/// <summary>A GraphQL request: the document and its variables.</summary>
internal sealed record GitHubGraphQlRequest(string Query, GitHubAutoMergeVariables Variables);
