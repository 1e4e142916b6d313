namespace ContinuousMl.GitLab.Models;

/// <summary>A runner as <c>GET /projects/:id/runners</c> lists it.</summary>
internal sealed record GitLabRunnerSummary(long Id, string? Description, string? Status, bool? Online);
