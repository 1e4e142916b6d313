using System.Globalization;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using ContinuousMl.GitLab.Models;
using ContinuousMl.PullRequests;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.GitLab;

/// <summary>
/// Merge requests on GitLab. Auto-merge is <c>merge_when_pipeline_succeeds</c> (GitLab merges at once when there is no
/// pipeline to wait for). A merge request GitLab is still checking cannot be merged yet, so the request is retried
/// with growing pauses, as CML's back-off does; then CML's warning, and a plain merge.
/// </summary>
public sealed class GitLabMergeRequests : IPullRequests
{
    /// <summary>GitLab's answers while a new merge request's mergeability is still being computed.</summary>
    private static readonly HashSet<int> NotYetMergeable = [405, 406, 409, 422];

    private readonly GitLabMergeRequestsClient mergeRequests;
    private readonly ILogger logger;
    private readonly TimeSpan firstRetryDelay;
    private readonly int mergeAttempts;
    private readonly TimeProvider time;

    /// <param name="api">The project's API client.</param>
    /// <param name="logger">Where CML's warnings go.</param>
    /// <param name="firstRetryDelay">The first pause before asking again to merge; it doubles each time (1 s when null).</param>
    /// <param name="mergeAttempts">How many times to ask before falling back to a plain merge.</param>
    /// <param name="time">The clock the pauses run on.</param>
    public GitLabMergeRequests(GitLabApi api, ILogger logger, TimeSpan? firstRetryDelay = null, int mergeAttempts = 5, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentOutOfRangeException.ThrowIfLessThan(mergeAttempts, 1);
        mergeRequests = new GitLabMergeRequestsClient(api.Connection);
        this.logger = logger;
        this.firstRetryDelay = firstRetryDelay ?? TimeSpan.FromSeconds(1);
        this.mergeAttempts = mergeAttempts;
        this.time = time ?? TimeProvider.System;
    }

    public async Task<PullRequestRef?> FindOpenAsync(string sourceBranch, string targetBranch, CancellationToken cancellationToken)
    {
        var open = await mergeRequests.ListOpenAsync(sourceBranch, targetBranch, cancellationToken).ConfigureAwait(false);
        var match = open
            .Where(mr => mr.State == "opened" && mr.SourceBranch == sourceBranch && mr.TargetBranch == targetBranch)
            .OrderByDescending(mr => mr.CreatedAt)
            .FirstOrDefault();
        return match is null ? null : Reference(match);
    }

    public async Task<PullRequestRef> CreateAsync(NewPullRequest pullRequest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pullRequest);
        var title = pullRequest.SkipCi ? pullRequest.Title + PullRequestDefaults.SkipCiSuffix : pullRequest.Title;
        try
        {
            var created = await mergeRequests.CreateAsync(
                new GitLabMergeRequestCreation(pullRequest.SourceBranch, pullRequest.TargetBranch, title, pullRequest.Description),
                cancellationToken).ConfigureAwait(false);
            return Reference(created);
        }
        catch (ForgeRequestException ex) when (ex.StatusCode == 409)
        {
            // "Another open merge request already exists for this source branch": another run of the commit won the race.
            return await FindOpenAsync(pullRequest.SourceBranch, pullRequest.TargetBranch, cancellationToken).ConfigureAwait(false)
                ?? throw new ForgeRequestException(ex.Message, ex.StatusCode, ex.OutcomeUnknown, ex);
        }
    }

    public bool CanMerge(MergeMethod method) => method != MergeMethod.Rebase;

    public async Task<AutoMergeOutcome> MergeAsync(PullRequestRef pullRequest, MergeMethod method, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pullRequest);
        if (!CanMerge(method))
        {
            throw new CmlException("Rebase auto-merge mode not implemented for GitLab", ExitCodes.Usage);
        }

        var iid = long.Parse(pullRequest.Number, NumberStyles.None, CultureInfo.InvariantCulture);
        var squash = method == MergeMethod.Squash;
        try
        {
            var merged = await MergeWhenReadyAsync(iid, new GitLabMergeOptions(MergeWhenPipelineSucceeds: true, squash), cancellationToken).ConfigureAwait(false);
            if (merged.State == "merged")
            {
                logger.LogInformation("merged {Url}: there was no pipeline to wait for", pullRequest.Url);
                return AutoMergeOutcome.Merged;
            }

            logger.LogInformation("auto-merge enabled: GitLab will merge {Url} when its pipeline succeeds", pullRequest.Url);
            return AutoMergeOutcome.Enabled;
        }
        catch (ForgeRequestException ex)
        {
            logger.LogWarning("Failed to enable auto-merge: {Reason}. Trying to merge immediately...", ex.Message);
        }

        await mergeRequests.MergeAsync(iid, new GitLabMergeOptions(MergeWhenPipelineSucceeds: false, squash), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("merged {Url}", pullRequest.Url);
        return AutoMergeOutcome.Merged;
    }

    private async Task<GitLabMergeRequest> MergeWhenReadyAsync(long iid, GitLabMergeOptions options, CancellationToken cancellationToken)
    {
        var delay = firstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await mergeRequests.MergeAsync(iid, options, cancellationToken).ConfigureAwait(false);
            }
            catch (ForgeRequestException ex) when (attempt < mergeAttempts && ex.StatusCode is { } status && NotYetMergeable.Contains(status))
            {
                logger.LogDebug("GitLab cannot merge !{Iid} yet ({Status}); asking again in {Delay}", iid, status, delay);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                delay *= 2;
            }
        }
    }

    private static PullRequestRef Reference(GitLabMergeRequest mergeRequest) =>
        new(mergeRequest.Iid.ToString(CultureInfo.InvariantCulture), mergeRequest.WebUrl ?? string.Empty, mergeRequest.SourceBranch, mergeRequest.TargetBranch);
}
