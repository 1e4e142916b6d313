namespace ContinuousMl.GitLab.Models;

/// <summary>A user as notes and <c>GET /user</c> describe it (GitLab's <c>UserBasic</c>).</summary>
internal sealed record GitLabUser(long Id, string? Username, string? Name);
