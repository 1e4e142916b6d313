using System.Globalization;
using ContinuousMl.Forges;
using Microsoft.Extensions.Logging;
using Octokit;
using CheckConclusion = ContinuousMl.Forges.CheckConclusion;
using CheckRunRequest = ContinuousMl.Forges.CheckRunRequest;
using CheckStatus = ContinuousMl.Forges.CheckStatus;

namespace ContinuousMl.GitHub;

/// <summary>
/// Check runs (<c>POST /repos/{o}/{r}/check-runs</c>): the report is the output's summary, the title its name.
/// Unlike CML, a queued or in-progress check is sent without a conclusion: GitHub would otherwise mark it completed.
/// </summary>
public sealed class GitHubChecks : IChecks
{
    /// <summary>GitHub's limit for <c>output.summary</c>.</summary>
    public const int MaxSummaryCharacters = 65_535;

    private readonly IGitHubClient client;
    private readonly GitHubRepository repository;
    private readonly ILogger logger;
    private readonly TimeProvider time;

    public GitHubChecks(IGitHubClient client, GitHubRepository repository, ILogger logger, TimeProvider? time = null)
    {
        this.client = client;
        this.repository = repository;
        this.logger = logger;
        this.time = time ?? TimeProvider.System;
    }

    public CheckReportLimits ReportLimits { get; } = new(MaxSummaryCharacters, RendersMarkdown: true);

    public async Task<CreatedCheck> CreateAsync(CheckRunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var run = ToNewCheckRun(request, time.GetUtcNow());
        var action = $"create check run \"{request.Title}\" on commit {request.Sha}";
        try
        {
            var created = await client.Check.Run.Create(repository.Owner, repository.Name, run).ConfigureAwait(false);
            logger.LogDebug("check run {Id} created", created.Id);
            return new CreatedCheck(created.Id.ToString(CultureInfo.InvariantCulture), created.HtmlUrl);
        }
        catch (ForbiddenException ex)
        {
            throw new ForgeRequestException(
                $"GitHub refused to {action} in {repository} (403 {ex.Message}): check runs need the workflow's GITHUB_TOKEN with `permissions: checks: write`, or a GitHub App token; a personal access token cannot create them",
                403, outcomeUnknown: false, ex);
        }
        catch (Exception ex)
        {
            throw GitHubErrors.Translate(ex, action, repository);
        }
    }

    /// <summary>The request body; public for tests of the mapping.</summary>
    public static NewCheckRun ToNewCheckRun(CheckRunRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = new NewCheckRun(request.Title, request.Sha)
        {
            Status = ToOctokit(request.Status),
            StartedAt = now,
            Output = new NewCheckRunOutput(request.Title, request.Report),
        };
        if (request.DetailsUrl is not null)
        {
            run.DetailsUrl = request.DetailsUrl;
        }

        if (request.Status == CheckStatus.Completed)
        {
            run.Conclusion = ToOctokit(request.Conclusion);
            run.CompletedAt = now;
        }

        return run;
    }

    private static Octokit.CheckStatus ToOctokit(CheckStatus status) => status switch
    {
        CheckStatus.Queued => Octokit.CheckStatus.Queued,
        CheckStatus.InProgress => Octokit.CheckStatus.InProgress,
        _ => Octokit.CheckStatus.Completed,
    };

    private static Octokit.CheckConclusion ToOctokit(CheckConclusion conclusion) => conclusion switch
    {
        CheckConclusion.Success => Octokit.CheckConclusion.Success,
        CheckConclusion.Failure => Octokit.CheckConclusion.Failure,
        CheckConclusion.Neutral => Octokit.CheckConclusion.Neutral,
        CheckConclusion.Cancelled => Octokit.CheckConclusion.Cancelled,
        CheckConclusion.Skipped => Octokit.CheckConclusion.Skipped,
        _ => Octokit.CheckConclusion.TimedOut,
    };
}
