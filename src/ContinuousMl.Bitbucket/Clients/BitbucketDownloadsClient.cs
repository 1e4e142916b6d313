using System.Net;
using System.Net.Http.Headers;
using ContinuousMl.Http;

namespace ContinuousMl.Bitbucket.Clients;

/// <summary>The repository's Downloads: files anyone who can read the repository can fetch by name.</summary>
internal sealed class BitbucketDownloadsClient(BitbucketConnection connection)
{
    /// <summary>Whether a download of that name exists: Bitbucket redirects to it, or answers 404.</summary>
    public async Task<bool> ExistsAsync(BitbucketRepository repository, string name, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, connection.Resolve(Path(repository, name)));
        using var response = await connection.SendAsync(request, cancellationToken, HttpStatusCode.NotFound).ConfigureAwait(false);
        return response.StatusCode != HttpStatusCode.NotFound;
    }

    /// <summary>
    /// Uploads one file as the multipart field <c>files</c>. Bitbucket replaces a download of the same name, so
    /// with content-addressed names sending it twice changes nothing and a retry is safe.
    /// </summary>
    public async Task UploadAsync(BitbucketRepository repository, string name, string mediaType, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var file = new ReadOnlyMemoryContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.TryParse(mediaType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent { { file, "files", name } };
        using var request = new HttpRequestMessage(HttpMethod.Post, connection.Resolve($"{repository.ApiPath}/downloads")) { Content = form };
        RequestSafety.MarkSafeToRepeat(request);
        using var response = await connection.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static string Path(BitbucketRepository repository, string name) =>
        $"{repository.ApiPath}/downloads/{Uri.EscapeDataString(name)}";
}
