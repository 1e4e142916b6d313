using System.Net;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Gcp;

/// <summary>The Compute Engine instance this runner runs on, through the metadata server (<c>Metadata-Flavor: Google</c>).</summary>
public sealed class GcpInstanceSelf : ICloudInstanceSelf
{
    public static readonly Uri DefaultMetadataUrl = new("http://metadata.google.internal/");

    private readonly HttpClient http;
    private readonly Uri baseUrl;

    public GcpInstanceSelf(HttpClient http, Uri baseUrl)
    {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    public string Cloud => GcpRunnerProvider.CloudName;

    public async Task<CloudInstance> DescribeSelfAsync(CancellationToken cancellationToken)
    {
        var name = await GetAsync("instance/name", cancellationToken).ConfigureAwait(false)
            ?? throw new CloudRunnerException("the GCP metadata server does not know this instance's name");
        // The zone comes as projects/<number>/zones/<zone>.
        var zone = await GetAsync("instance/zone", cancellationToken).ConfigureAwait(false)
            ?? throw new CloudRunnerException("the GCP metadata server does not know this instance's zone");
        return new CloudInstance(GcpRunnerProvider.CloudName, name.Trim(), zone.Trim().Split('/')[^1]);
    }

    /// <summary>GCP sets <c>instance/preempted</c> to TRUE when it starts reclaiming a spot instance (about 30 s notice).</summary>
    public async Task<bool> IsBeingReclaimedAsync(CancellationToken cancellationToken)
    {
        var preempted = await GetAsync("instance/preempted", cancellationToken).ConfigureAwait(false);
        return string.Equals(preempted?.Trim(), "TRUE", StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string?> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, "computeMetadata/v1/" + path));
        request.Headers.Add("Metadata-Flavor", "Google");
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new CloudRunnerException($"cannot reach the GCP metadata server at {baseUrl}: is this runner on a Compute Engine instance?", exception);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new CloudRunnerException($"the GCP metadata server answered {path} with HTTP {(int)response.StatusCode}");
            }

            return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
