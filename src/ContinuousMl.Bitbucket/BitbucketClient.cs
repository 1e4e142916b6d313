using ContinuousMl.Bitbucket.Clients;

namespace ContinuousMl.Bitbucket;

/// <summary>Bitbucket Cloud's REST API 2.0, split by area as Octokit splits GitHub's; built by <see cref="BitbucketClientFactory"/>.</summary>
public sealed class BitbucketClient
{
    internal BitbucketClient(BitbucketConnection connection, BitbucketCredentials credentials)
    {
        Credentials = credentials;
        ApiBase = connection.ApiBase;
        Comments = new BitbucketCommentsClient(connection);
        PullRequests = new BitbucketPullRequestsClient(connection);
        Downloads = new BitbucketDownloadsClient(connection);
        Users = new BitbucketUsersClient(connection);
        Reports = new BitbucketReportsClient(connection);
        Pipelines = new BitbucketPipelinesClient(connection);
        Runners = new BitbucketRunnersClient(connection);
    }

    /// <summary>The API base with a trailing slash.</summary>
    public Uri ApiBase { get; }

    /// <summary>What the token is, for messages; never its value.</summary>
    public BitbucketCredentials Credentials { get; }

    internal BitbucketCommentsClient Comments { get; }

    internal BitbucketPullRequestsClient PullRequests { get; }

    internal BitbucketDownloadsClient Downloads { get; }

    internal BitbucketUsersClient Users { get; }

    internal BitbucketReportsClient Reports { get; }

    internal BitbucketPipelinesClient Pipelines { get; }

    internal BitbucketRunnersClient Runners { get; }
}
