using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ContinuousMl.Clouds.Gcp.Json;
using ContinuousMl.Http;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Gcp;

/// <summary>
/// The three Compute Engine v1 calls a runner needs (instances.insert, instances.delete, zoneOperations.get),
/// over the shared resilient HTTP pipeline. Inserts carry a <c>requestId</c>, which makes a retried insert
/// idempotent, so the pipeline may repeat it.
/// </summary>
public sealed class GcpComputeClient
{
    private readonly HttpClient http;
    private readonly Uri root;
    private readonly GcpAccessTokenSource tokens;

    public GcpComputeClient(HttpClient http, Uri root, GcpAccessTokenSource tokens)
    {
        this.http = http;
        this.root = root;
        this.tokens = tokens;
    }

    public string Project => tokens.Project;

    public async Task<GcpOperation> InsertInstanceAsync(string zone, GcpInstanceResource instance, string requestId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url($"zones/{zone}/instances?requestId={Uri.EscapeDataString(requestId)}"))
        {
            Content = new StringContent(JsonSerializer.Serialize(instance, GcpJsonContext.Default.GcpInstanceResource), Encoding.UTF8, "application/json"),
        };
        RequestSafety.MarkSafeToRepeat(request);
        return (await SendAsync(request, GcpJsonContext.Default.GcpOperation, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Null when the instance does not exist.</summary>
    public async Task<GcpOperation?> DeleteInstanceAsync(string zone, string name, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, Url($"zones/{zone}/instances/{Uri.EscapeDataString(name)}"));
        try
        {
            return await SendAsync(request, GcpJsonContext.Default.GcpOperation, cancellationToken).ConfigureAwait(false);
        }
        catch (GcpApiException exception) when (exception.Status == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<GcpOperation> GetOperationAsync(string zone, string operation, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url($"zones/{zone}/operations/{Uri.EscapeDataString(operation)}"));
        return (await SendAsync(request, GcpJsonContext.Default.GcpOperation, cancellationToken).ConfigureAwait(false))!;
    }

    private Uri Url(string path) => new(root, $"projects/{Uri.EscapeDataString(Project)}/{path}");

    private async Task<T?> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false));
        HttpResponseMessage sent;
        try
        {
            sent = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new CloudRunnerException($"cannot reach Compute Engine at {root}: check the network (or CML_GCP_COMPUTE_URL)", exception);
        }

        using var response = sent;
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            GcpErrorBody? error = null;
            try
            {
                error = JsonSerializer.Deserialize(body, GcpJsonContext.Default.GcpErrorResponse)?.Error;
            }
            catch (JsonException)
            {
                // Not Google's error shape (a proxy's page, say): the status alone has to do.
            }

            throw new GcpApiException(response.StatusCode, error);
        }

        return JsonSerializer.Deserialize(body, type);
    }
}
