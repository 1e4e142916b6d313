using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;

namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>
/// The pod's own service account, as client-go's in-cluster config reads it: the API server from
/// <c>KUBERNETES_SERVICE_HOST</c>/<c>PORT</c>, the token, CA and namespace from the mounted secret.
/// </summary>
public static class KubernetesInCluster
{
    public const string DefaultServiceAccountDirectory = "/var/run/secrets/kubernetes.io/serviceaccount";

    /// <summary>Null when this is not a pod with a service account token (or the service variables are missing).</summary>
    public static KubernetesClusterConfig? TryLoad(Uri? server, string serviceAccountDirectory)
    {
        var tokenFile = Path.Combine(serviceAccountDirectory, "token");
        if (server is null || !File.Exists(tokenFile))
        {
            return null;
        }

        var authorities = new X509Certificate2Collection();
        var caFile = Path.Combine(serviceAccountDirectory, "ca.crt");
        if (File.Exists(caFile))
        {
            authorities.ImportFromPemFile(caFile);
        }

        var namespaceFile = Path.Combine(serviceAccountDirectory, "namespace");
        var @namespace = File.Exists(namespaceFile) ? File.ReadAllText(namespaceFile).Trim() : "";
        return new KubernetesClusterConfig
        {
            Server = server,
            Namespace = @namespace.Length == 0 ? "default" : @namespace,
            CertificateAuthorities = authorities,
            // Read on every open: projected tokens are rotated while the pod runs.
            Authorization = new AuthenticationHeaderValue("Bearer", File.ReadAllText(tokenFile).Trim()),
        };
    }

    /// <summary>The service's address as an https URL; null unless both variables are set.</summary>
    public static Uri? Server(string? host, string? port)
    {
        if (string.IsNullOrWhiteSpace(host) || string.IsNullOrWhiteSpace(port))
        {
            return null;
        }

        host = host.Trim();
        var authority = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;
        return Uri.TryCreate($"https://{authority}:{port.Trim()}/", UriKind.Absolute, out var server) ? server : null;
    }
}
