using ContinuousMl.Clouds.Kubernetes;
using ContinuousMl.Http;
using ContinuousMl.Runners.Cloud;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.Clouds.Kubernetes;

/// <summary>The client over real TLS: the kubeconfig's CA is the only trust, and its client certificate is presented.</summary>
public sealed class KubernetesTlsTests
{
    [Fact]
    public async Task A_server_signed_by_the_kubeconfigs_authority_is_trusted_and_sees_the_client_certificate()
    {
        using var authority = TestCertificates.Authority("cluster-ca");
        using var certificate = TestCertificates.Server(authority);
        await using var server = new LoopbackTlsServer(certificate, """{"metadata":{"name":"cml-k8s-1"}}""");
        var (clientCertificate, clientKey, thumbprint) = TestCertificates.Client();

        var instance = await Provider(Kubeconfig(server.BaseUrl, authority, $"client-certificate-data: {TestCertificates.Base64(clientCertificate)}\n    client-key-data: {TestCertificates.Base64(clientKey)}"))
            .LaunchAsync(new CloudRunnerRequest { Name = "cml-k8s-1", StartupScript = "true" }, CancellationToken.None);

        Assert.Equal(new CloudInstance("kubernetes", "cml-k8s-1", "default"), instance);
        Assert.Equal("POST /apis/batch/v1/namespaces/default/jobs HTTP/1.1", Assert.Single(server.RequestLines));
        Assert.Equal(thumbprint, server.ClientCertificateThumbprint);
    }

    [Fact]
    public async Task A_server_signed_by_another_authority_is_refused()
    {
        using var authority = TestCertificates.Authority("cluster-ca");
        using var stranger = TestCertificates.Authority("someone-else");
        using var certificate = TestCertificates.Server(stranger);
        await using var server = new LoopbackTlsServer(certificate, "{}");

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => Provider(Kubeconfig(server.BaseUrl, authority, "token: abc"))
            .LaunchAsync(new CloudRunnerRequest { Name = "cml-k8s-1", StartupScript = "true" }, CancellationToken.None));

        Assert.StartsWith($"the Kubernetes API at {server.BaseUrl} failed TLS verification while creating job cml-k8s-1", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.RequestLines);
    }

    private static KubernetesRunnerProvider Provider(string kubeconfig) =>
        new(
            new KubernetesConnectionFactory(new KubernetesCloudSettings { KubeconfigContent = kubeconfig }, new HttpPipelineOptions { BaseDelay = TimeSpan.FromMilliseconds(1) }),
            NullLogger<KubernetesRunnerProvider>.Instance);

    private static string Kubeconfig(Uri server, System.Security.Cryptography.X509Certificates.X509Certificate2 authority, string user) => $"""
        apiVersion: v1
        kind: Config
        clusters:
        - name: tls
          cluster:
            server: {server.ToString().TrimEnd('/')}
            certificate-authority-data: {TestCertificates.Base64(authority.ExportCertificatePem())}
        users:
        - name: tls
          user:
            {user}
        contexts:
        - name: tls
          context:
            cluster: tls
            user: tls
        current-context: tls
        """;
}
