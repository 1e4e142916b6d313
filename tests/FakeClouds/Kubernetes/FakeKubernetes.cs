using FakeClouds.Hosting;
using Microsoft.AspNetCore.Builder;

namespace FakeClouds.Kubernetes;

/// <summary>A fake Kubernetes API server on <c>http://127.0.0.1:{port}/</c>, reached through <see cref="Kubeconfig"/>.</summary>
public sealed class FakeKubernetes : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeKubernetes(WebApplication app, Uri baseUrl, KubernetesState state)
    {
        this.app = app;
        BaseUrl = baseUrl;
        State = state;
    }

    public Uri BaseUrl { get; }

    public KubernetesState State { get; }

    public static async Task<FakeKubernetes> StartAsync(CancellationToken cancellationToken = default)
    {
        var state = new KubernetesState();
        var (app, baseUrl) = await LoopbackWebApp.StartAsync(app => KubernetesApi.Map(app, state), cancellationToken);
        return new FakeKubernetes(app, baseUrl, state);
    }

    /// <summary>A kubeconfig whose current context points at this server with its token; the namespace line only when given.</summary>
    public string Kubeconfig(string? @namespace = null, string? token = null) => $"""
        apiVersion: v1
        kind: Config
        clusters:
        - name: fake
          cluster:
            server: {BaseUrl.ToString().TrimEnd('/')}
        users:
        - name: fake
          user:
            token: {token ?? State.AcceptedToken}
        contexts:
        - name: fake
          context:
            cluster: fake
            user: fake{(@namespace is null ? "" : "\n    namespace: " + @namespace)}
        current-context: fake
        """;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
