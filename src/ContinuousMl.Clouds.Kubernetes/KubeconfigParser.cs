using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using ContinuousMl.Runners.Cloud;
using YamlDotNet.RepresentationModel;

namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>
/// Reads a kubeconfig's current context through YamlDotNet's document model (no object mapping, so nothing
/// reflective for the native build): the cluster's server and trust, the user's credentials, the namespace.
/// Only static credentials are understood; exec plugins and auth providers would mean running other programs.
/// </summary>
public static class KubeconfigParser
{
    /// <param name="content">The kubeconfig's YAML.</param>
    /// <param name="baseDirectory">Where relative file references (certificate-authority, tokenFile, …) start: the kubeconfig's directory.</param>
    public static KubernetesClusterConfig Parse(string content, string? baseDirectory)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(content));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Unusable("it is not a YAML mapping");
        }

        var contextName = Scalar(root, "current-context");
        if (string.IsNullOrWhiteSpace(contextName))
        {
            throw Unusable("it names no current-context");
        }

        var context = Named(root, "contexts", "context", contextName) ?? throw Unusable($"its current-context {contextName} is not among its contexts");
        var clusterName = Scalar(context, "cluster");
        if (string.IsNullOrWhiteSpace(clusterName))
        {
            throw Unusable($"context {contextName} names no cluster");
        }

        var cluster = Named(root, "clusters", "cluster", clusterName) ?? throw Unusable($"cluster {clusterName} of context {contextName} is not among its clusters");
        if (!Uri.TryCreate(Scalar(cluster, "server")?.Trim(), UriKind.Absolute, out var server) || server.Scheme is not ("https" or "http"))
        {
            throw Unusable($"cluster {clusterName} has no http(s) server");
        }

        var userName = Scalar(context, "user");
        YamlMappingNode? user = null;
        if (!string.IsNullOrWhiteSpace(userName))
        {
            user = Named(root, "users", "user", userName) ?? throw Unusable($"user {userName} of context {contextName} is not among its users");
        }

        var authorization = Authorization(user, baseDirectory);
        var clientCertificate = ClientCertificate(user, userName, baseDirectory);
        if (authorization is null && clientCertificate is null && (Has(user, "exec") || Has(user, "auth-provider")))
        {
            // One line, no secrets: the plugin's command and arguments are not repeated.
            throw new CloudRunnerException(
                $"the kubeconfig cannot be used: user {userName} gets its credentials from an exec plugin or auth provider, which cml does not run: put a token in the kubeconfig's user instead (for example from kubectl create token)");
        }

        var @namespace = Scalar(context, "namespace");
        return new KubernetesClusterConfig
        {
            Server = server,
            Namespace = string.IsNullOrWhiteSpace(@namespace) ? "default" : @namespace.Trim(),
            CertificateAuthorities = CertificateAuthorities(cluster, clusterName, baseDirectory),
            InsecureSkipTlsVerify = bool.TryParse(Scalar(cluster, "insecure-skip-tls-verify"), out var insecure) && insecure,
            ClientCertificate = clientCertificate,
            Authorization = authorization,
        };
    }

    /// <summary>Certificates from PEM text; on Windows re-imported, because SChannel cannot present an ephemeral key.</summary>
    internal static X509Certificate2 ClientCertificateFromPem(string certificatePem, string keyPem)
    {
        var certificate = X509Certificate2.CreateFromPem(certificatePem, keyPem);
        if (!OperatingSystem.IsWindows())
        {
            return certificate;
        }

        using (certificate)
        {
            return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
        }
    }

    // client-go's order: a token, then a token file, then basic credentials.
    private static AuthenticationHeaderValue? Authorization(YamlMappingNode? user, string? baseDirectory)
    {
        if (Scalar(user, "token") is { } token && !string.IsNullOrWhiteSpace(token))
        {
            return new AuthenticationHeaderValue("Bearer", token.Trim());
        }

        if (Scalar(user, "tokenFile") is { } tokenFile && !string.IsNullOrWhiteSpace(tokenFile))
        {
            return new AuthenticationHeaderValue("Bearer", File.ReadAllText(Resolve(tokenFile, baseDirectory)).Trim());
        }

        if (Scalar(user, "username") is { } username && !string.IsNullOrEmpty(username))
        {
            var pair = Encoding.UTF8.GetBytes($"{username}:{Scalar(user, "password")}");
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair));
        }

        return null;
    }

    private static X509Certificate2? ClientCertificate(YamlMappingNode? user, string? userName, string? baseDirectory)
    {
        var certificate = Pem(user, "client-certificate", baseDirectory);
        var key = Pem(user, "client-key", baseDirectory);
        if (certificate is null && key is null)
        {
            return null;
        }

        if (certificate is null || key is null)
        {
            throw Unusable($"user {userName} has a client certificate or key without the other");
        }

        return ClientCertificateFromPem(certificate, key);
    }

    private static X509Certificate2Collection CertificateAuthorities(YamlMappingNode cluster, string clusterName, string? baseDirectory)
    {
        var pem = Pem(cluster, "certificate-authority", baseDirectory);
        var authorities = new X509Certificate2Collection();
        if (pem is null)
        {
            return authorities;
        }

        authorities.ImportFromPem(pem);
        if (authorities.Count == 0)
        {
            throw Unusable($"the certificate authority of cluster {clusterName} holds no PEM certificate");
        }

        return authorities;
    }

    // "<name>-data" holds base64 of the PEM text; "<name>" is a file holding the PEM text.
    private static string? Pem(YamlMappingNode? map, string name, string? baseDirectory)
    {
        if (Scalar(map, name + "-data") is { } data && !string.IsNullOrWhiteSpace(data))
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(data.Trim()));
        }

        if (Scalar(map, name) is { } file && !string.IsNullOrWhiteSpace(file))
        {
            return File.ReadAllText(Resolve(file, baseDirectory));
        }

        return null;
    }

    // kubectl resolves a relative path against the directory of the kubeconfig that names it.
    private static string Resolve(string path, string? baseDirectory) =>
        Path.IsPathRooted(path) ? path : Path.Combine(baseDirectory ?? Directory.GetCurrentDirectory(), path);

    /// <summary>The mapping under <paramref name="inner"/> of the entry of list <paramref name="list"/> whose name is <paramref name="name"/>.</summary>
    private static YamlMappingNode? Named(YamlMappingNode root, string list, string inner, string name)
    {
        if (Child(root, list) is not YamlSequenceNode entries)
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (entry is YamlMappingNode mapping && string.Equals(Scalar(mapping, "name"), name, StringComparison.Ordinal))
            {
                // An entry whose body is empty ("user: {}" or nothing) is a valid, empty one.
                return Child(mapping, inner) as YamlMappingNode ?? new YamlMappingNode();
            }
        }

        return null;
    }

    private static bool Has(YamlMappingNode? map, string key) => Child(map, key) is { } node && node is not YamlScalarNode { Value: null or "" };

    private static string? Scalar(YamlMappingNode? map, string key) => (Child(map, key) as YamlScalarNode)?.Value;

    // Compared by text: a key node's equality also weighs its tag, which a kubeconfig never sets on purpose.
    private static YamlNode? Child(YamlMappingNode? map, string key)
    {
        if (map is null)
        {
            return null;
        }

        foreach (var (name, value) in map.Children)
        {
            if (name is YamlScalarNode { Value: { } text } && string.Equals(text, key, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    private static CloudRunnerException Unusable(string reason) =>
        new($"the kubeconfig cannot be used: {reason}: check KUBERNETES_CONFIGURATION or KUBECONFIG");
}
