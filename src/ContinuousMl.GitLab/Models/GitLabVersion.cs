namespace ContinuousMl.GitLab.Models;

/// <summary>The answer to <c>GET /version</c>: its presence is how a GitLab API base is recognised.</summary>
internal sealed record GitLabVersion(string? Version, string? Revision);
