using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;

namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>
/// What one kubeconfig context (or the pod's service account) says about reaching the API server: where, as whom,
/// and which certificates to trust. Owns its certificates.
/// </summary>
public sealed class KubernetesClusterConfig : IDisposable
{
    public required Uri Server { get; init; }

    public string Namespace { get; init; } = "default";

    /// <summary>The only roots the server's certificate may chain to; empty means the system's trust store.</summary>
    public X509Certificate2Collection CertificateAuthorities { get; init; } = [];

    public bool InsecureSkipTlsVerify { get; init; }

    public X509Certificate2? ClientCertificate { get; init; }

    /// <summary>A bearer token or basic credentials; null when the client certificate (or nothing) identifies the user.</summary>
    public AuthenticationHeaderValue? Authorization { get; init; }

    public void Dispose()
    {
        foreach (var certificate in CertificateAuthorities)
        {
            certificate.Dispose();
        }

        ClientCertificate?.Dispose();
    }
}
