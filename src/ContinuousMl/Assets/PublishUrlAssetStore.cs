using System.Net.Http.Headers;
using ContinuousMl.Errors;

namespace ContinuousMl.Assets;

/// <summary>
/// CML's <c>--publish-url</c> protocol for teams running their own asset server: POST the bytes with their
/// content type; the response body is the URL. CML appends <c>cml=&lt;subtype&gt;</c> and a cache-busting id, and
/// so do we, so the links look alike.
/// </summary>
public sealed class PublishUrlAssetStore(HttpClient http, Uri endpoint) : IAssetStore
{
    public async Task<IReadOnlyList<string>> PublishAsync(IReadOnlyList<Asset> assets, CancellationToken cancellationToken)
    {
        var uploads = assets.Select(asset => UploadAsync(asset, cancellationToken));
        return await Task.WhenAll(uploads).ConfigureAwait(false);
    }

    private async Task<string> UploadAsync(Asset asset, CancellationToken cancellationToken)
    {
        using var content = new ReadOnlyMemoryContent(asset.Content);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(asset.MediaType);
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = $"\"{asset.FileName}\"" };
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };

        string text;
        int status;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
            text = (await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).Trim();
            if (!response.IsSuccessStatusCode)
            {
                throw new CmlException($"the asset server {endpoint.GetLeftPart(UriPartial.Path)} refused {asset.FileName} ({status} {response.ReasonPhrase})");
            }
        }
        catch (HttpRequestException ex)
        {
            throw new CmlException($"the asset server {endpoint.GetLeftPart(UriPartial.Path)} could not be reached to upload {asset.FileName} ({ex.Message})", inner: ex);
        }

        if (text.Length == 0)
        {
            throw new CmlException($"Empty response from asset backend with status code {status}");
        }

        // An HTML error page from a proxy is not a URL (CML crashes with "Invalid URL" here, #1377).
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new CmlException($"the asset server {endpoint.GetLeftPart(UriPartial.Path)} answered something that is not a URL for {asset.FileName}; check --publish-url");
        }

        var subtype = asset.MediaType[(asset.MediaType.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var separator = string.IsNullOrEmpty(uri.Query) ? "?" : "&";
        return $"{uri.AbsoluteUri}{separator}cml={Uri.EscapeDataString(subtype)}&cache-bypass={Guid.NewGuid():D}";
    }
}
