namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>A client for the kubeconfig's current context and the namespace that context names (or <c>default</c>).</summary>
public sealed class KubernetesConnection : IDisposable
{
    private readonly KubernetesClusterConfig? config;

    public KubernetesConnection(KubernetesApiClient client, string @namespace, Uri server, KubernetesClusterConfig? config = null)
    {
        Client = client;
        Namespace = @namespace;
        Server = server;
        this.config = config;
    }

    public KubernetesApiClient Client { get; }

    public string Namespace { get; }

    public Uri Server { get; }

    public void Dispose()
    {
        Client.Dispose();
        config?.Dispose();
    }
}
