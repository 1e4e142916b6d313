using System.Globalization;
using ContinuousMl.Bitbucket.Json;
using ContinuousMl.Forges;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Bitbucket;

/// <summary>
/// Pull requests on Bitbucket Cloud. Bitbucket has no auto-merge (BCLOUD-14286), so a merge is asked for at once,
/// with CML's warning.
/// </summary>
public sealed class BitbucketPullRequests(BitbucketClient client, BitbucketRepository repository, ILogger logger) : IPullRequests
{
    private const string WriteScope = "Pull requests: Write";

    public async Task<PullRequestRef?> FindOpenAsync(string sourceBranch, string targetBranch, CancellationToken cancellationToken)
    {
        try
        {
            var open = await client.PullRequests.ListOpenAsync(repository, cancellationToken).ConfigureAwait(false);
            var match = open
                .Where(p => p.Source?.Branch?.Name == sourceBranch && p.Destination?.Branch?.Name == targetBranch)
                .OrderByDescending(p => p.Id)
                .FirstOrDefault();
            return match is null ? null : Reference(match);
        }
        catch (Exception ex)
        {
            throw BitbucketErrors.Translate(ex, $"list the open pull requests", repository, client.Credentials, "Pull requests: Read");
        }
    }

    public async Task<PullRequestRef> CreateAsync(NewPullRequest pullRequest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pullRequest);
        var creation = new BitbucketPullRequestCreation
        {
            Title = pullRequest.Title,
            Description = pullRequest.Description,
            Source = new BitbucketPullRequestEndpoint { Branch = new BitbucketBranch { Name = pullRequest.SourceBranch } },
            Destination = new BitbucketPullRequestEndpoint { Branch = new BitbucketBranch { Name = pullRequest.TargetBranch } },
        };
        try
        {
            return Reference(await client.PullRequests.CreateAsync(repository, creation, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            throw BitbucketErrors.Translate(
                ex, $"open a pull request from {pullRequest.SourceBranch} into {pullRequest.TargetBranch}", repository, client.Credentials, WriteScope);
        }
    }

    public bool CanMerge(MergeMethod method) => true;

    public async Task<AutoMergeOutcome> MergeAsync(PullRequestRef pullRequest, MergeMethod method, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pullRequest);
        logger.LogWarning("Auto-merge is unsupported by Bitbucket Cloud; see https://jira.atlassian.com/browse/BCLOUD-14286. Trying to merge immediately...");
        var id = long.Parse(pullRequest.Number, NumberStyles.None, CultureInfo.InvariantCulture);
        var options = new BitbucketMergeOptions { MergeStrategy = Strategy(method), CloseSourceBranch = true };
        try
        {
            await client.PullRequests.MergeAsync(repository, id, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            throw BitbucketErrors.Translate(ex, $"merge pull request #{id}", repository, client.Credentials, WriteScope);
        }

        logger.LogInformation("merged {Url} ({Strategy})", pullRequest.Url, options.MergeStrategy);
        return AutoMergeOutcome.Merged;
    }

    private static string Strategy(MergeMethod method) => method switch
    {
        MergeMethod.Rebase => "fast_forward",
        MergeMethod.Squash => "squash",
        _ => "merge_commit",
    };

    private PullRequestRef Reference(BitbucketPullRequest pull) =>
        new(
            pull.Id.ToString(CultureInfo.InvariantCulture),
            pull.Links?.Html?.Href ?? $"{repository.WebUrl}/pull-requests/{pull.Id.ToString(CultureInfo.InvariantCulture)}",
            pull.Source?.Branch?.Name,
            pull.Destination?.Branch?.Name);
}
