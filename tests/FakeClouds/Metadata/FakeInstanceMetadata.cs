using System.Collections.Concurrent;
using FakeClouds.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FakeClouds.Metadata;

/// <summary>
/// The instance metadata services of EC2 (IMDSv2), GCE and Azure on 127.0.0.1, each enforcing the header its
/// real counterpart requires. <see cref="Values"/> maps a path (without query) to the body served; other paths 404.
/// </summary>
public sealed class FakeInstanceMetadata : IAsyncDisposable
{
    public const string AwsSessionToken = "fake-imds-session-token";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedCloudRequest> requests;

    private FakeInstanceMetadata(WebApplication app, Uri baseUrl, ConcurrentDictionary<string, string> values, ConcurrentQueue<RecordedCloudRequest> requests)
    {
        this.app = app;
        this.requests = requests;
        BaseUrl = baseUrl;
        Values = values;
    }

    public Uri BaseUrl { get; }

    public ConcurrentDictionary<string, string> Values { get; }

    public IReadOnlyList<RecordedCloudRequest> Requests => [.. requests];

    public static async Task<FakeInstanceMetadata> StartAsync(CancellationToken cancellationToken = default)
    {
        var values = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var requests = new ConcurrentQueue<RecordedCloudRequest>();
        var (app, baseUrl) = await LoopbackWebApp.StartAsync(
            app => app.Run(async context =>
            {
                var recorded = await RequestCapture.CaptureAsync(context.Request);
                requests.Enqueue(recorded);
                var (status, body) = Answer(recorded, values);
                context.Response.StatusCode = status;
                await context.Response.WriteAsync(body);
            }),
            cancellationToken);
        return new FakeInstanceMetadata(app, baseUrl, values, requests);
    }

    private static (int Status, string Body) Answer(RecordedCloudRequest request, ConcurrentDictionary<string, string> values)
    {
        var path = request.Path;
        if (path.StartsWith("/latest/", StringComparison.Ordinal))
        {
            if (path == "/latest/api/token")
            {
                return request.Method == "PUT" && request.Headers.ContainsKey("X-aws-ec2-metadata-token-ttl-seconds")
                    ? (200, AwsSessionToken)
                    : (400, "");
            }

            if (request.Headers.GetValueOrDefault("X-aws-ec2-metadata-token") != AwsSessionToken)
            {
                return (401, "");
            }
        }
        else if (path.StartsWith("/computeMetadata/", StringComparison.Ordinal))
        {
            if (request.Headers.GetValueOrDefault("Metadata-Flavor") != "Google")
            {
                return (403, "Missing Metadata-Flavor:Google header.");
            }
        }
        else if (path.StartsWith("/metadata/", StringComparison.Ordinal))
        {
            if (request.Headers.GetValueOrDefault("Metadata") != "true" || !request.Parameters.ContainsKey("api-version"))
            {
                return (400, "{\"error\":\"Bad request\"}");
            }
        }

        return values.TryGetValue(path, out var body) ? (200, body) : (404, "");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
