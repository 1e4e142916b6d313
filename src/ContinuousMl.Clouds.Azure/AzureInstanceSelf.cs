using System.Text.Json;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Azure;

/// <summary>The Azure VM this runner runs on, through the instance metadata service (<c>Metadata: true</c>).</summary>
public sealed class AzureInstanceSelf : ICloudInstanceSelf
{
    public static readonly Uri DefaultMetadataUrl = new("http://169.254.169.254/");

    private readonly HttpClient http;
    private readonly Uri baseUrl;

    public AzureInstanceSelf(HttpClient http, Uri baseUrl)
    {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    public string Cloud => AzureRunnerProvider.CloudName;

    public async Task<CloudInstance> DescribeSelfAsync(CancellationToken cancellationToken)
    {
        using var document = await GetJsonAsync("metadata/instance?api-version=2021-02-01", cancellationToken).ConfigureAwait(false);
        if (!document.RootElement.TryGetProperty("compute", out var compute)
            || !compute.TryGetProperty("resourceId", out var resourceId)
            || !compute.TryGetProperty("location", out var location))
        {
            throw new CloudRunnerException("the Azure metadata service did not name this VM's resource id and location");
        }

        return new CloudInstance(AzureRunnerProvider.CloudName, resourceId.GetString() ?? "", location.GetString() ?? "");
    }

    /// <summary>Azure schedules a <c>Preempt</c> event about 30 s before it evicts a spot VM.</summary>
    public async Task<bool> IsBeingReclaimedAsync(CancellationToken cancellationToken)
    {
        using var document = await GetJsonAsync("metadata/scheduledevents?api-version=2020-07-01", cancellationToken).ConfigureAwait(false);
        return document.RootElement.TryGetProperty("Events", out var events)
            && events.ValueKind == JsonValueKind.Array
            && events.EnumerateArray().Any(e => e.TryGetProperty("EventType", out var type) && type.GetString() == "Preempt");
    }

    private async Task<JsonDocument> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, path));
        request.Headers.Add("Metadata", "true");
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new CloudRunnerException($"cannot reach the Azure metadata service at {baseUrl}: is this runner on an Azure VM?", exception);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new CloudRunnerException($"the Azure metadata service answered {path.Split('?')[0]} with HTTP {(int)response.StatusCode}");
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return JsonDocument.Parse(body);
            }
            catch (JsonException exception)
            {
                throw new CloudRunnerException($"the Azure metadata service answered {path.Split('?')[0]} with something other than JSON", exception);
            }
        }
    }
}
