namespace ContinuousMl.GitLab.Models;

/// <summary>
/// The answer to <c>POST /projects/:id/uploads</c>. <c>Url</c> is project-relative (<c>/uploads/&lt;secret&gt;/&lt;file&gt;</c>)
/// and renders in the project's notes; <c>FullPath</c> is server-relative and changed shape in GitLab 17.1.
/// </summary>
internal sealed record GitLabUpload(string? Url, string? FullPath, string? Markdown);
