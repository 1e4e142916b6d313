namespace FakeForge.GitLab;

/// <summary>A file uploaded to a project, served back at <see cref="WebUrl"/>.</summary>
/// <param name="Id">The upload's id (GitLab 17.3+ returns it).</param>
/// <param name="ProjectPath">The project it belongs to.</param>
/// <param name="Secret">The random 32-hex directory GitLab puts it in.</param>
/// <param name="FileName">The name it was uploaded as.</param>
/// <param name="ContentType">The part's content type.</param>
/// <param name="Content">The bytes.</param>
/// <param name="Url">The project-relative URL the API returns: <c>/uploads/&lt;secret&gt;/&lt;file&gt;</c>.</param>
/// <param name="WebUrl">Where a browser fetches it: the project's web URL followed by <see cref="Url"/>.</param>
public sealed record GitLabStoredUpload(
    long Id,
    string ProjectPath,
    string Secret,
    string FileName,
    string ContentType,
    byte[] Content,
    string Url,
    string WebUrl);
