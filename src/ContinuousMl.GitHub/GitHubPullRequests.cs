using System.Globalization;
using ContinuousMl.Forges;
using ContinuousMl.GitHub.GraphQl;
using Microsoft.Extensions.Logging;
using Octokit;
using NewPullRequest = ContinuousMl.Forges.NewPullRequest;

namespace ContinuousMl.GitHub;

/// <summary>
/// Pull requests on GitHub. Auto-merge is GraphQL's <c>enablePullRequestAutoMerge</c>; where GitHub refuses it for a
/// reason CML tolerates (nothing to wait for, the feature off), CML's warning says what to set up and the pull
/// request is merged now over REST.
/// </summary>
/// <param name="client">Octokit on our pipeline.</param>
/// <param name="repository">Where the pull requests are.</param>
/// <param name="graphQl">Builds the GraphQL client, only when a merge is asked for.</param>
/// <param name="logger">Where CML's warnings go.</param>
public sealed class GitHubPullRequests(IGitHubClient client, GitHubRepository repository, Func<GitHubGraphQlClient> graphQl, ILogger logger) : IPullRequests
{
    /// <summary>
    /// GitHub's refusals that mean "auto-merge cannot wait here": CML's three, plus the repository setting being off,
    /// which CML let fail although its own advice (enable the feature) is the fix.
    /// </summary>
    private static readonly string[] Tolerated =
    [
        "Can't enable auto-merge for this pull request",
        "Pull request Protected branch rules not configured for this branch",
        "Pull request is in clean status",
        "Auto merge is not allowed for this repository",
    ];

    private static readonly string[] UnprotectedMessages =
    [
        "Branch not protected",
        "Upgrade to GitHub Pro or make this repository public to enable this feature.",
    ];

    public async Task<PullRequestRef?> FindOpenAsync(string sourceBranch, string targetBranch, CancellationToken cancellationToken)
    {
        var request = new PullRequestRequest { State = ItemStateFilter.Open, Head = $"{repository.Owner}:{sourceBranch}", Base = targetBranch };
        try
        {
            var pulls = await client.PullRequest.GetAllForRepository(
                repository.Owner, repository.Name, request, new ApiOptions { PageSize = 100, PageCount = 1, StartPage = 1 }).ConfigureAwait(false);
            var match = pulls.FirstOrDefault(p => p.Head?.Ref == sourceBranch && p.Base?.Ref == targetBranch);
            return match is null ? null : Reference(match);
        }
        catch (Exception ex)
        {
            throw GitHubErrors.Translate(ex, $"list the open pull requests from {sourceBranch}", repository);
        }
    }

    public async Task<PullRequestRef> CreateAsync(NewPullRequest pullRequest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pullRequest);
        var request = new Octokit.NewPullRequest(pullRequest.Title, pullRequest.SourceBranch, pullRequest.TargetBranch) { Body = pullRequest.Description };
        try
        {
            return Reference(await client.PullRequest.Create(repository.Owner, repository.Name, request).ConfigureAwait(false));
        }
        catch (ApiValidationException ex) when (ex.ApiError?.Errors?.Any(e => e.Message?.StartsWith("A pull request already exists", StringComparison.Ordinal) == true) == true)
        {
            // Another run of the same commit opened it between our look and our create.
            return await FindOpenAsync(pullRequest.SourceBranch, pullRequest.TargetBranch, cancellationToken).ConfigureAwait(false)
                ?? throw GitHubErrors.Translate(ex, $"open a pull request from {pullRequest.SourceBranch} into {pullRequest.TargetBranch}", repository);
        }
        catch (Exception ex)
        {
            throw GitHubErrors.Translate(ex, $"open a pull request from {pullRequest.SourceBranch} into {pullRequest.TargetBranch}", repository);
        }
    }

    public bool CanMerge(MergeMethod method) => true;

    public async Task<AutoMergeOutcome> MergeAsync(PullRequestRef pullRequest, MergeMethod method, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pullRequest);
        var number = int.Parse(pullRequest.Number, NumberStyles.None, CultureInfo.InvariantCulture);
        PullRequest pull;
        try
        {
            pull = await client.PullRequest.Get(repository.Owner, repository.Name, number).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            throw GitHubErrors.Translate(ex, $"read pull request #{number}", repository);
        }

        var refusals = await graphQl().EnableAutoMergeAsync(pull.NodeId, method, cancellationToken).ConfigureAwait(false);
        if (refusals.Count == 0)
        {
            logger.LogInformation("auto-merge enabled: GitHub will {Method}-merge {Url} once its required checks pass", Lower(method), pullRequest.Url);
            return AutoMergeOutcome.Enabled;
        }

        if (!refusals.Any(refusal => Tolerated.Any(tolerated => refusal.Contains(tolerated, StringComparison.Ordinal))))
        {
            throw new ForgeRequestException(
                $"GitHub refused to enable auto-merge on {pullRequest.Url}: {string.Join("; ", refusals)}", null, outcomeUnknown: false);
        }

        var targetBranch = pullRequest.TargetBranch ?? pull.Base.Ref;
        logger.LogWarning("{Warning}", await FallbackWarningAsync(targetBranch).ConfigureAwait(false));
        try
        {
            await client.PullRequest.Merge(repository.Owner, repository.Name, number, new MergePullRequest { MergeMethod = OctokitMethod(method) }).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            throw GitHubErrors.Translate(ex, $"merge pull request #{number}", repository);
        }

        logger.LogInformation("merged {Url} ({Method})", pullRequest.Url, Lower(method));
        return AutoMergeOutcome.Merged;
    }

    /// <summary>CML's advice: auto-merge needs the repository setting, and something to wait for (required checks).</summary>
    private async Task<string> FallbackWarningAsync(string targetBranch)
    {
        var settings = $"{repository.ServerUrl}/{repository.Owner}/{repository.Name}/settings";
        try
        {
            await client.Repository.Branch.GetBranchProtection(repository.Owner, repository.Name, targetBranch).ConfigureAwait(false);
            return $"Failed to enable auto-merge: Enable the feature in your repository settings: {settings}#merge_types_auto_merge. Trying to merge immediately...";
        }
        catch (ApiException ex) when (UnprotectedMessages.Contains(ex.Message))
        {
            return $"Failed to enable auto-merge: Set up branch protection and add \"required status checks\" for branch '{targetBranch}': {settings}/branches. Trying to merge immediately...";
        }
        catch (ForbiddenException ex) when (ex.Message.Contains("Resource not accessible by integration", StringComparison.Ordinal))
        {
            return "Failed to enable auto-merge. Trying to merge immediately...";
        }
        catch (Exception ex)
        {
            throw GitHubErrors.Translate(ex, $"read the protection of branch {targetBranch}", repository);
        }
    }

    private static PullRequestMergeMethod OctokitMethod(MergeMethod method) => method switch
    {
        MergeMethod.Rebase => PullRequestMergeMethod.Rebase,
        MergeMethod.Squash => PullRequestMergeMethod.Squash,
        _ => PullRequestMergeMethod.Merge,
    };

    private static string Lower(MergeMethod method) => method.ToString().ToLowerInvariant();

    private static PullRequestRef Reference(PullRequest pull) =>
        new(pull.Number.ToString(CultureInfo.InvariantCulture), pull.HtmlUrl, pull.Head?.Ref, pull.Base?.Ref);
}
