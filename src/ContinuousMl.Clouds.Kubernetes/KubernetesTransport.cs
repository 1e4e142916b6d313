using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>
/// The sockets handler for one cluster: its own, because the trust (a private CA) and the client certificate belong
/// to that cluster and must not leak into the handler every other call shares.
/// </summary>
public static class KubernetesTransport
{
    public static SocketsHttpHandler CreateHandler(KubernetesClusterConfig config)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = false,
        };
        if (config.ClientCertificate is { } certificate)
        {
            handler.SslOptions.ClientCertificates = new X509CertificateCollection { certificate };
        }

        if (config.InsecureSkipTlsVerify)
        {
            // The kubeconfig asked for it (insecure-skip-tls-verify: true), as kubectl would honour it.
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }
        else if (config.CertificateAuthorities.Count > 0)
        {
            var authorities = config.CertificateAuthorities;
            handler.SslOptions.RemoteCertificateValidationCallback = (_, serverCertificate, presented, errors) =>
                ValidateAgainst(authorities, serverCertificate as X509Certificate2, presented, errors);
        }

        return handler;
    }

    /// <summary>
    /// The server's certificate must chain to one of the kubeconfig's authorities, and to nothing else: the system's
    /// roots do not count for a cluster that names its own. The host name must still match.
    /// </summary>
    internal static bool ValidateAgainst(X509Certificate2Collection authorities, X509Certificate2? serverCertificate, X509Chain? presented, SslPolicyErrors errors)
    {
        if (serverCertificate is null || (errors & (SslPolicyErrors.RemoteCertificateNotAvailable | SslPolicyErrors.RemoteCertificateNameMismatch)) != 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        // Intermediates the server sent along may complete the path to the authority.
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        // Cluster CAs publish no revocation lists; kubectl does not check revocation either.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(serverCertificate);
    }
}
