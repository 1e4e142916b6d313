using System.Text.Json.Nodes;
using FakeClouds.Hosting;
using Microsoft.AspNetCore.Builder;

namespace FakeClouds.Gcp;

/// <summary>A fake Compute Engine API (<see cref="ComputeUrl"/>) and Google token endpoint (<see cref="TokenUrl"/>) on 127.0.0.1.</summary>
public sealed class FakeGcp : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeGcp(WebApplication app, Uri baseUrl, GcpState state)
    {
        this.app = app;
        BaseUrl = baseUrl;
        State = state;
    }

    public Uri BaseUrl { get; }

    public Uri ComputeUrl => new(BaseUrl, "compute/v1/");

    public Uri TokenUrl => new(BaseUrl, "token");

    public GcpState State { get; }

    public static async Task<FakeGcp> StartAsync(CancellationToken cancellationToken = default)
    {
        var state = new GcpState();
        var (app, baseUrl) = await LoopbackWebApp.StartAsync(app => GcpApi.Map(app, state), cancellationToken);
        return new FakeGcp(app, baseUrl, state);
    }

    /// <summary>A service account key file whose token endpoint is this fake, signed with the key the fake trusts.</summary>
    public string ServiceAccountJson(string project = "fake-project") => new JsonObject
    {
        ["type"] = "service_account",
        ["project_id"] = project,
        ["private_key_id"] = "0123456789abcdef",
        ["private_key"] = State.ServiceAccountKey.ExportPkcs8PrivateKeyPem(),
        ["client_email"] = State.ServiceAccountEmail,
        ["client_id"] = "1234567890",
        ["token_uri"] = TokenUrl.ToString(),
    }.ToJsonString();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
