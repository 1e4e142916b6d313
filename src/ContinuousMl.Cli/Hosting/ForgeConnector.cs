using ContinuousMl.Assets;
using ContinuousMl.Ci;
using ContinuousMl.Errors;
using ContinuousMl.GitHub;
using ContinuousMl.Http;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Hosting;

/// <summary>
/// Joins the two axes: given where we post (driver, repository, token) and what the CI run told us (API and web
/// bases), builds the forge client and its asset store on the shared HTTP pipeline.
/// </summary>
public sealed class ForgeConnector(HttpPipelineOptions pipelineOptions, ILoggerFactory loggers, HttpClient http)
{
    public ForgeConnection Connect(string driver, RepositoryUrl repository, ResolvedToken token, CiContext ci, string? publishUrl)
    {
        if (driver != DriverResolver.GitHub)
        {
            throw new CmlException($"--driver {driver}: posting to {driver} is not available in this version yet; only github is");
        }

        if (repository.Name is null)
        {
            throw new CmlException($"--repo {repository}: comments need a repository URL (https://host/owner/name), not an organisation");
        }

        var logger = loggers.CreateLogger("github");
        var apiBase = new Uri(GitHubEndpoints.ApiBase(repository, ci));
        var server = GitHubEndpoints.ServerBase(repository, ci);
        var client = GitHubClientFactory.Create(apiBase, token.Value, CmlVersion.Current, pipelineOptions, logger);
        var target = new GitHubRepository(repository.Owner, repository.Name, server);
        var inActions = ci.Name == GitHubActions.CiName;
        var forge = new GitHubForge(client, target, logger, GitHubIdentity.Resolver(client, token.Value, inActions, logger));
        IAssetStore assets = publishUrl is null
            ? new GitHubAssetStore(client, target, logger)
            : new PublishUrlAssetStore(http, ParsePublishUrl(publishUrl));
        return new ForgeConnection(forge, assets);
    }

    private static Uri ParsePublishUrl(string publishUrl) =>
        Uri.TryCreate(publishUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new CmlException($"--publish-url \"{publishUrl}\" is not an http(s) URL", ExitCodes.Usage);
}
