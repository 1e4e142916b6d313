using System.Net;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Aws;

/// <summary>
/// The EC2 instance this runner runs on, through the instance metadata service with IMDSv2 session tokens
/// (the instances we launch accept nothing else). Only the instance's own runner uses this.
/// </summary>
public sealed class AwsInstanceSelf : ICloudInstanceSelf
{
    /// <summary>The link-local address of EC2's metadata service; tests pass a 127.0.0.1 fake instead.</summary>
    public static readonly Uri DefaultMetadataUrl = new("http://169.254.169.254/");

    private readonly HttpClient http;
    private readonly Uri baseUrl;

    public AwsInstanceSelf(HttpClient http, Uri baseUrl)
    {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    public string Cloud => AwsRunnerProvider.CloudName;

    public async Task<CloudInstance> DescribeSelfAsync(CancellationToken cancellationToken)
    {
        var token = await GetSessionTokenAsync(cancellationToken).ConfigureAwait(false);
        var instanceId = await GetAsync("latest/meta-data/instance-id", token, cancellationToken).ConfigureAwait(false)
            ?? throw new CloudRunnerException("the EC2 metadata service does not know this instance's id");
        var region = await GetAsync("latest/meta-data/placement/region", token, cancellationToken).ConfigureAwait(false)
            ?? throw new CloudRunnerException("the EC2 metadata service does not know this instance's region");
        return new CloudInstance(AwsRunnerProvider.CloudName, instanceId.Trim(), region.Trim());
    }

    /// <summary>EC2 publishes <c>spot/instance-action</c> about two minutes before it stops or terminates a spot instance; 404 until then.</summary>
    public async Task<bool> IsBeingReclaimedAsync(CancellationToken cancellationToken)
    {
        var token = await GetSessionTokenAsync(cancellationToken).ConfigureAwait(false);
        var action = await GetAsync("latest/meta-data/spot/instance-action", token, cancellationToken).ConfigureAwait(false);
        return !string.IsNullOrWhiteSpace(action);
    }

    private async Task<string> GetSessionTokenAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(baseUrl, "latest/api/token"));
        request.Headers.Add("X-aws-ec2-metadata-token-ttl-seconds", "300");
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new CloudRunnerException($"the EC2 metadata service refused a session token (HTTP {(int)response.StatusCode})");
        }

        return (await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).Trim();
    }

    private async Task<string?> GetAsync(string path, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, path));
        request.Headers.Add("X-aws-ec2-metadata-token", token);
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new CloudRunnerException($"the EC2 metadata service answered {path} with HTTP {(int)response.StatusCode}");
        }

        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new CloudRunnerException($"cannot reach the EC2 metadata service at {baseUrl}: is this runner on an EC2 instance?", exception);
        }
    }
}
