using System.Text;
using ContinuousMl.Ci;
using ContinuousMl.Clouds.Kubernetes;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Tests.Clouds.Kubernetes;

public sealed class KubeconfigParserTests
{
    [Fact]
    public void A_token_user_in_a_context_with_a_namespace()
    {
        using var config = KubeconfigParser.Parse(Kubeconfig("token: abc.def", contextExtra: "namespace: ml"), null);

        Assert.Equal(new Uri("https://k8s.example.com:6443/"), config.Server);
        Assert.Equal("ml", config.Namespace);
        Assert.Equal("Bearer", config.Authorization?.Scheme);
        Assert.Equal("abc.def", config.Authorization?.Parameter);
        Assert.Null(config.ClientCertificate);
        Assert.Empty(config.CertificateAuthorities);
        Assert.False(config.InsecureSkipTlsVerify);
    }

    [Fact]
    public void Without_a_namespace_the_context_means_default()
    {
        using var config = KubeconfigParser.Parse(Kubeconfig("token: abc"), null);

        Assert.Equal("default", config.Namespace);
    }

    [Fact]
    public void A_token_file_is_read_relative_to_the_kubeconfig()
    {
        var directory = Directory.CreateTempSubdirectory("cml-kubeconfig-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "token"), "from-file\n");

            using var config = KubeconfigParser.Parse(Kubeconfig("tokenFile: token"), directory);

            Assert.Equal("from-file", config.Authorization?.Parameter);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Basic_credentials_become_a_basic_header()
    {
        using var config = KubeconfigParser.Parse(Kubeconfig("username: admin\n    password: s3cret"), null);

        Assert.Equal("Basic", config.Authorization?.Scheme);
        Assert.Equal("admin:s3cret", Encoding.UTF8.GetString(Convert.FromBase64String(config.Authorization!.Parameter!)));
    }

    [Fact]
    public void Client_certificate_data_becomes_a_certificate_with_its_key()
    {
        var (certificate, key, thumbprint) = TestCertificates.Client();

        using var config = KubeconfigParser.Parse(
            Kubeconfig($"client-certificate-data: {TestCertificates.Base64(certificate)}\n    client-key-data: {TestCertificates.Base64(key)}"), null);

        Assert.NotNull(config.ClientCertificate);
        Assert.True(config.ClientCertificate.HasPrivateKey);
        Assert.Equal(thumbprint, config.ClientCertificate.Thumbprint);
        Assert.Null(config.Authorization);
    }

    [Fact]
    public void Certificate_authority_data_may_hold_a_bundle_and_insecure_is_read()
    {
        using var first = TestCertificates.Authority("first");
        using var second = TestCertificates.Authority("second");
        var bundle = TestCertificates.Base64(first.ExportCertificatePem() + "\n" + second.ExportCertificatePem());

        using var config = KubeconfigParser.Parse(
            Kubeconfig("token: abc", clusterExtra: $"certificate-authority-data: {bundle}\n    insecure-skip-tls-verify: true"), null);

        Assert.Equal([first.Thumbprint, second.Thumbprint], config.CertificateAuthorities.Select(c => c.Thumbprint));
        Assert.True(config.InsecureSkipTlsVerify);
    }

    [Theory]
    [InlineData("exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, secret-cluster]")]
    [InlineData("auth-provider:\n      name: oidc\n      config:\n        refresh-token: secret-refresh")]
    public void Plugin_users_are_refused_with_advice_and_without_their_details(string user)
    {
        var error = Assert.Throws<CloudRunnerException>(() => KubeconfigParser.Parse(Kubeconfig(user), null));

        Assert.StartsWith("the kubeconfig cannot be used: user ci gets its credentials from an exec plugin or auth provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("put a token in the kubeconfig", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_plugin_user_with_a_token_uses_the_token()
    {
        using var config = KubeconfigParser.Parse(Kubeconfig("token: abc\n    exec:\n      command: aws"), null);

        Assert.Equal("abc", config.Authorization?.Parameter);
    }

    [Fact]
    public void A_current_context_that_is_not_there_is_named()
    {
        var error = Assert.Throws<CloudRunnerException>(() => KubeconfigParser.Parse(Kubeconfig("token: abc").Replace("current-context: ci", "current-context: prod", StringComparison.Ordinal), null));

        Assert.Equal("the kubeconfig cannot be used: its current-context prod is not among its contexts: check KUBERNETES_CONFIGURATION or KUBECONFIG", error.Message);
    }

    [Fact]
    public void No_current_context_is_refused()
    {
        var error = Assert.Throws<CloudRunnerException>(() => KubeconfigParser.Parse(Kubeconfig("token: abc").Replace("current-context: ci", "", StringComparison.Ordinal), null));

        Assert.StartsWith("the kubeconfig cannot be used: it names no current-context", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_account_mount_is_used_inside_a_pod()
    {
        var directory = Directory.CreateTempSubdirectory("cml-serviceaccount-").FullName;
        try
        {
            using var authority = TestCertificates.Authority("cluster");
            File.WriteAllText(Path.Combine(directory, "token"), "pod-token\n");
            File.WriteAllText(Path.Combine(directory, "ca.crt"), authority.ExportCertificatePem());
            File.WriteAllText(Path.Combine(directory, "namespace"), "runners");
            var environment = new DictionaryEnvironment([new("KUBERNETES_SERVICE_HOST", "10.96.0.1"), new("KUBERNETES_SERVICE_PORT", "443")]);
            var settings = KubernetesCloudSettings.FromEnvironment(environment) with { ServiceAccountDirectory = directory, KubeconfigPath = null };

            using var config = KubernetesInCluster.TryLoad(settings.InClusterServer, settings.ServiceAccountDirectory);
            using var connection = new KubernetesConnectionFactory(settings).Open();

            Assert.NotNull(config);
            Assert.Equal(new Uri("https://10.96.0.1:443/"), config.Server);
            Assert.Equal("pod-token", config.Authorization?.Parameter);
            Assert.Equal(authority.Thumbprint, Assert.Single(config.CertificateAuthorities).Thumbprint);
            Assert.Equal("runners", connection.Namespace);
            Assert.Equal(new Uri("https://10.96.0.1:443/"), connection.Server);
            Assert.Equal(new Uri("https://[fd00::1]:6443/"), KubernetesInCluster.Server("fd00::1", "6443"));
            Assert.Null(KubernetesInCluster.TryLoad(null, directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Kubeconfig(string user, string contextExtra = "", string clusterExtra = "") => $"""
        apiVersion: v1
        kind: Config
        clusters:
        - name: other
          cluster:
            server: https://elsewhere.example.com
        - name: prod
          cluster:
            server: https://k8s.example.com:6443
            {clusterExtra}
        users:
        - name: ci
          user:
            {user}
        contexts:
        - name: ci
          context:
            cluster: prod
            user: ci
            {contextExtra}
        current-context: ci
        """;
}
