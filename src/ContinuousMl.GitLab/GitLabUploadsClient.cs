using System.Net.Http.Headers;
using ContinuousMl.GitLab.Models;

namespace ContinuousMl.GitLab;

/// <summary>Project uploads (<c>POST /projects/:id/uploads</c>): files that notes of the project can link to.</summary>
internal sealed class GitLabUploadsClient(GitLabConnection connection)
{
    /// <summary>Uploads <paramref name="content"/> as <paramref name="fileName"/>.</summary>
    /// <param name="fileName">The stored name; GitLab puts it after a random secret in the URL.</param>
    /// <param name="displayName">How errors name the file: the user's own name for it.</param>
    /// <param name="mediaType">The part's content type.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    public async Task<GitLabUpload> UploadAsync(string fileName, string displayName, string mediaType, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        var file = new ReadOnlyMemoryContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.TryParse(mediaType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", fileName } };

        // Sending the same bytes twice leaves at most an unreferenced copy, so an upload whose answer was lost may go again.
        return await connection.SendContentAsync(
            HttpMethod.Post,
            $"projects/{project.Id}/uploads",
            form,
            GitLabJsonContext.Default.GitLabUpload,
            $"upload {displayName}",
            safeToRepeat: true,
            cancellationToken).ConfigureAwait(false);
    }
}
