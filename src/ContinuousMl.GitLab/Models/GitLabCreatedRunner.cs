namespace ContinuousMl.GitLab.Models;

/// <summary>What <c>POST /user/runners</c> and <c>POST /runners</c> answer: the runner and its authentication token (a secret).</summary>
internal sealed record GitLabCreatedRunner(long Id, string Token);
