namespace ContinuousMl.GitLab.Models;

/// <summary>A job, as <c>GET /runners/:id/jobs</c> and <c>GET /projects/:id/jobs/:job_id</c> give it.</summary>
internal sealed record GitLabRunnerJob(long Id, string? Status, GitLabPipeline? Pipeline);
