namespace ContinuousMl.GitLab.Models;

/// <summary>The numeric id of a project (<c>GET /projects/:path</c>), which <c>POST /user/runners</c> needs.</summary>
internal sealed record GitLabProjectIdentity(long Id);
