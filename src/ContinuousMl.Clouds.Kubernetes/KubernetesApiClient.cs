using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ContinuousMl.Clouds.Kubernetes.Json;

namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>
/// The two batch/v1 calls a runner needs (create a job, delete it with its pods) over the resilient HTTP pipeline.
/// A create is not marked safe to repeat: a retried POST that had succeeded would answer 409 for our own job.
/// </summary>
public sealed class KubernetesApiClient : IDisposable
{
    private readonly HttpClient http;
    private readonly Uri root;
    private readonly AuthenticationHeaderValue? authorization;

    /// <param name="server">The cluster's API server; a path (a proxy's, say) is kept.</param>
    /// <param name="authorization">Bearer token or basic credentials; null when the client certificate is the credential.</param>
    public KubernetesApiClient(HttpClient http, Uri server, AuthenticationHeaderValue? authorization)
    {
        this.http = http;
        root = new Uri(server.ToString().TrimEnd('/') + "/");
        this.authorization = authorization;
    }

    /// <summary>Creates the job and answers the name the server gave it.</summary>
    public async Task<string> CreateJobAsync(string @namespace, KubernetesJob job, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url($"apis/batch/v1/namespaces/{Uri.EscapeDataString(@namespace)}/jobs"))
        {
            Content = new StringContent(JsonSerializer.Serialize(job, KubernetesJsonContext.Default.KubernetesJob), Encoding.UTF8, "application/json"),
        };
        var body = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize(body, KubernetesJsonContext.Default.KubernetesJob)?.Metadata?.Name ?? job.Metadata?.Name ?? "";
        }
        catch (JsonException)
        {
            // The job exists; an answer we cannot read must not turn that into a failed launch.
            return job.Metadata?.Name ?? "";
        }
    }

    /// <summary>Deletes the job and, in the background, its pods; false when there was no such job.</summary>
    public async Task<bool> DeleteJobAsync(string @namespace, string name, CancellationToken cancellationToken)
    {
        // The policy goes in the query and the body alike, as kubectl and the official clients send it.
        using var request = new HttpRequestMessage(
            HttpMethod.Delete, Url($"apis/batch/v1/namespaces/{Uri.EscapeDataString(@namespace)}/jobs/{Uri.EscapeDataString(name)}?propagationPolicy=Background"))
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new KubernetesDeleteOptions { PropagationPolicy = "Background" }, KubernetesJsonContext.Default.KubernetesDeleteOptions),
                Encoding.UTF8,
                "application/json"),
        };
        try
        {
            await SendAsync(request, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (KubernetesApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public void Dispose() => http.Dispose();

    private Uri Url(string path) => new(root, path);

    private async Task<string> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            KubernetesStatus? status = null;
            try
            {
                status = string.IsNullOrWhiteSpace(body) ? null : JsonSerializer.Deserialize(body, KubernetesJsonContext.Default.KubernetesStatus);
            }
            catch (JsonException)
            {
                // Not a Status object (a proxy's page, say): the status code alone has to do.
            }

            throw new KubernetesApiException(response.StatusCode, status);
        }

        return body;
    }
}
