namespace ContinuousMl.GitLab.Models;

/// <summary>A pipeline, as far as a rerun needs it.</summary>
internal sealed record GitLabPipeline(long Id, string? Status, string? WebUrl);
