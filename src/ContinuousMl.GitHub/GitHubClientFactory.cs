using ContinuousMl.Http;
using Microsoft.Extensions.Logging;
using Octokit;
using Octokit.Internal;

namespace ContinuousMl.GitHub;

/// <summary>Builds Octokit on top of our one resilient HTTP pipeline.</summary>
public static class GitHubClientFactory
{
    public static IGitHubClient Create(Uri apiBase, string token, string userAgentVersion, HttpPipelineOptions pipelineOptions, ILogger logger)
    {
        var handler = new ContentAddressedWritesHandler { InnerHandler = ForgeHttpPipeline.CreateHandler(pipelineOptions, logger) };
        var connection = new Connection(
            new ProductHeaderValue("continuous-ml", userAgentVersion),
            EnsureTrailingSlash(apiBase),
            new InMemoryCredentialStore(new Credentials(token)),
            new HttpClientAdapter(() => handler),
            new SimpleJsonSerializer());
        _ = GitHubSerializerWarmUp.Start();
        return new GitHubClient(connection);
    }

    // Octokit resolves relative paths against the base, which drops the last segment without a slash (…/api/v3).
    private static Uri EnsureTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
