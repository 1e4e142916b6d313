using ContinuousMl.Http;

namespace ContinuousMl.GitHub;

/// <summary>
/// Marks git-database writes as safe to repeat: a blob or tree is named by its content, so sending it twice
/// creates nothing new, unlike a comment.
/// </summary>
internal sealed class ContentAddressedWritesHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath;
        if (request.Method == HttpMethod.Post && path is not null
            && (path.EndsWith("/git/blobs", StringComparison.Ordinal) || path.EndsWith("/git/trees", StringComparison.Ordinal)))
        {
            RequestSafety.MarkSafeToRepeat(request);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
