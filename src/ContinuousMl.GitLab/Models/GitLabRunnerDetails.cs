namespace ContinuousMl.GitLab.Models;

/// <summary><c>GET /runners/:id</c>: the list leaves the tags out.</summary>
internal sealed record GitLabRunnerDetails(long Id, List<string>? TagList);
