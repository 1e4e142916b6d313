using k8s;

namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>A client for the kubeconfig's current context and the namespace that context names (or <c>default</c>).</summary>
public sealed class KubernetesConnection : IDisposable
{
    public KubernetesConnection(IKubernetes client, string @namespace, Uri server)
    {
        Client = client;
        Namespace = @namespace;
        Server = server;
    }

    public IKubernetes Client { get; }

    public string Namespace { get; }

    public Uri Server { get; }

    public void Dispose() => Client.Dispose();
}
