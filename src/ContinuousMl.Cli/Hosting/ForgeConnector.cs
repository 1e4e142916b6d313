using ContinuousMl.Assets;
using ContinuousMl.Bitbucket;
using ContinuousMl.Ci;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using ContinuousMl.GitHub;
using ContinuousMl.GitHub.GraphQl;
using ContinuousMl.GitLab;
using ContinuousMl.Http;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Hosting;

/// <summary>
/// Joins the two axes: given where we post (driver, repository, token) and what the CI run told us (API and web
/// bases), builds the forge client and its asset store on the shared HTTP pipeline. The plain HTTP client (only
/// <c>--publish-url</c> needs it) is made on first use: each client's pipeline costs start-up time.
/// </summary>
public sealed class ForgeConnector(
    HttpPipelineOptions pipelineOptions, ILoggerFactory loggers, Func<HttpClient> http, SecretRedactor redactor, IEnvironmentVariables environment)
{
    public ForgeConnection Connect(string driver, RepositoryUrl repository, ResolvedToken token, CiContext ci, string? publishUrl)
    {
        if (driver == DriverResolver.GitLab)
        {
            var gitLabLogger = loggers.CreateLogger("gitlab");
            var gitLab = GitLabApi.Create(repository, token.Value, ci.ApiUrl, CmlVersion.Current, pipelineOptions, gitLabLogger);
            return new ForgeConnection(
                new GitLabForge(gitLab, gitLabLogger, GitLabForge.IdentityResolver(gitLab, gitLabLogger)),
                publishUrl is null ? new GitLabAssetStore(gitLab, gitLabLogger) : new PublishUrlAssetStore(http(), ParsePublishUrl(publishUrl)))
            {
                Checks = new GitLabChecks(gitLab, gitLabLogger),
                Pipelines = new GitLabReruns(gitLab, gitLabLogger),
                PullRequests = new GitLabMergeRequests(gitLab, gitLabLogger),
            };
        }

        if (driver == DriverResolver.Bitbucket)
        {
            return ConnectBitbucket(repository, token, publishUrl);
        }

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
        // One GraphQL client for the assets branch read and the pull requests' auto-merge.
        var graphQl = GitHubGraphQlClient.Create(apiBase, token.Value, CmlVersion.Current, pipelineOptions, logger);
        IAssetStore assets = publishUrl is null
            ? new GitHubAssetStore(client, target, logger, graphQl: graphQl)
            : new PublishUrlAssetStore(http(), ParsePublishUrl(publishUrl));
        return new ForgeConnection(forge, assets)
        {
            Checks = new GitHubChecks(client, target, logger),
            Pipelines = new GitHubReruns(client, target, logger),
            PullRequests = new GitHubPullRequests(client, target, () => graphQl, logger),
        };
    }

    /// <summary>
    /// The runner side of a forge for <c>runner launch</c>: on GitHub <paramref name="repository"/> may be an
    /// organisation's URL (organisation runners); a GitLab registration token gets a client that never probes with it.
    /// </summary>
    public (IRunners Runners, IPipelines? Pipelines) ConnectRunners(string driver, RepositoryUrl repository, ResolvedToken token, CiContext ci)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(ci);
        if (driver == DriverResolver.GitLab)
        {
            var gitLabLogger = loggers.CreateLogger("gitlab");
            if (GitLabRunners.IsRegistrationToken(token.Value))
            {
                var registering = GitLabApi.CreateForRegistrationToken(repository, token.Value, ci.ApiUrl, CmlVersion.Current, pipelineOptions, gitLabLogger);
                return (new GitLabRunners(registering, token.Value, gitLabLogger), null);
            }

            var gitLab = GitLabApi.Create(repository, token.Value, ci.ApiUrl, CmlVersion.Current, pipelineOptions, gitLabLogger);
            return (new GitLabRunners(gitLab, token.Value, gitLabLogger), new GitLabReruns(gitLab, gitLabLogger));
        }

        if (driver == DriverResolver.Bitbucket)
        {
            var connection = ConnectBitbucket(repository, token, publishUrl: null);
            var credentials = BitbucketCredentials.FromToken(token.Value);
            var apiBase = BitbucketEndpoints.ApiBase(environment.Get(BitbucketEndpoints.ApiUrlVariable));
            var bitbucketLogger = loggers.CreateLogger("bitbucket");
            var client = BitbucketClientFactory.Create(new Uri(apiBase), credentials, CmlVersion.Current, pipelineOptions, bitbucketLogger);
            var target = new BitbucketRepository(repository.Owner, repository.Name!, BitbucketEndpoints.ServerBase(apiBase));
            return (new BitbucketRunners(client, target, bitbucketLogger), connection.Pipelines);
        }

        if (driver != DriverResolver.GitHub)
        {
            throw new CmlException($"--driver {driver}: runners are available on github, gitlab and bitbucket");
        }

        var logger = loggers.CreateLogger("github");
        var apiUrl = new Uri(GitHubEndpoints.ApiBase(repository, ci));
        var gitHub = GitHubClientFactory.Create(apiUrl, token.Value, CmlVersion.Current, pipelineOptions, logger);
        var pipelines = repository.Name is null
            ? null
            : new GitHubReruns(gitHub, new GitHubRepository(repository.Owner, repository.Name, GitHubEndpoints.ServerBase(repository, ci)), logger);
        return (new GitHubRunners(gitHub, repository.Owner, repository.Name, logger), pipelines);
    }

    private ForgeConnection ConnectBitbucket(RepositoryUrl repository, ResolvedToken token, string? publishUrl)
    {
        if (repository.Name is null)
        {
            throw new CmlException($"--repo {repository}: comments need a repository URL (https://bitbucket.org/workspace/slug), not a workspace");
        }

        var credentials = BitbucketCredentials.FromToken(token.Value);
        if (credentials.IsBasic)
        {
            redactor.AddBasicCredentials(credentials.UserName!, credentials.Password!);
        }

        // Read here rather than from the CI context: another CI's API variable (GITHUB_API_URL…) is not Bitbucket's.
        var apiBase = BitbucketEndpoints.ApiBase(environment.Get(BitbucketEndpoints.ApiUrlVariable));
        var logger = loggers.CreateLogger("bitbucket");
        var client = BitbucketClientFactory.Create(new Uri(apiBase), credentials, CmlVersion.Current, pipelineOptions, logger);
        var target = new BitbucketRepository(repository.Owner, repository.Name, BitbucketEndpoints.ServerBase(apiBase));
        IAssetStore assets = publishUrl is null
            ? new BitbucketAssetStore(client, target, logger)
            : new PublishUrlAssetStore(http(), ParsePublishUrl(publishUrl));
        return new ForgeConnection(new BitbucketForge(client, target, logger), assets)
        {
            Checks = new BitbucketChecks(client, target, logger),
            Pipelines = new BitbucketReruns(client, target, logger),
            PullRequests = new BitbucketPullRequests(client, target, logger),
        };
    }

    private static Uri ParsePublishUrl(string publishUrl) =>
        Uri.TryCreate(publishUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new CmlException($"--publish-url \"{publishUrl}\" is not an http(s) URL", ExitCodes.Usage);
}
