namespace ContinuousMl.GitHub.GraphQl;

/// <summary>A GraphQL request: the document and its variables (all strings in the documents cml sends).</summary>
internal sealed record GitHubGraphQlRequest(string Query, IReadOnlyDictionary<string, string> Variables);
