using System.Globalization;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using Microsoft.Extensions.Logging;
using Octokit;

namespace ContinuousMl.GitHub;

/// <summary>
/// Self-hosted runners of a repository, or of an organisation when <c>--repo</c> is the organisation's URL
/// (<c>https://github.com/myorg</c>): registration tokens, the runner list (all pages) and removal.
/// </summary>
public sealed class GitHubRunners : IRunners
{
    private const int PageSize = 100;
    private const string TokenAdvice =
        "managing runners needs a token with admin rights: a classic personal access token with the repo scope (admin:org for an organisation), or a fine-grained token with Administration: write (organisation: Self-hosted runners: write); the workflow's GITHUB_TOKEN cannot manage runners";

    private readonly IGitHubClient client;
    private readonly string owner;
    private readonly string? name;
    private readonly ILogger logger;

    /// <param name="client">Octokit on our pipeline.</param>
    /// <param name="owner">The repository's owner, or the organisation.</param>
    /// <param name="name">The repository; null for the organisation's runners.</param>
    /// <param name="logger">Where requests are logged.</param>
    public GitHubRunners(IGitHubClient client, string owner, string? name, ILogger logger)
    {
        this.client = client;
        this.owner = owner;
        this.name = name;
        this.logger = logger;
    }

    public string Forge => "github";

    public bool CanList => true;

    private string Scope => name is null ? $"organisation {owner}" : $"{owner}/{name}";

    public async Task<IReadOnlyList<RegisteredRunner>> ListAsync(CancellationToken cancellationToken)
    {
        var runners = new List<RegisteredRunner>();
        for (var page = 1; ; page++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var options = new ApiOptions { PageSize = PageSize, PageCount = 1, StartPage = page };
            RunnerResponse response;
            try
            {
                response = name is null
                    ? await client.Actions.SelfHostedRunners.ListAllRunnersForOrganization(owner, options).ConfigureAwait(false)
                    : await client.Actions.SelfHostedRunners.ListAllRunnersForRepository(owner, name, options).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                throw Translate(ex, "list the self-hosted runners");
            }

            var items = response.Runners ?? [];
            runners.AddRange(items.Select(r => new RegisteredRunner(
                r.Id.ToString(CultureInfo.InvariantCulture),
                r.Name,
                (r.Labels ?? []).Select(l => l.Name).ToArray(),
                string.Equals(r.Status, "online", StringComparison.OrdinalIgnoreCase),
                r.Busy)));
            if (items.Count < PageSize || runners.Count >= response.TotalCount)
            {
                return runners;
            }
        }
    }

    public async Task<RunnerRegistration> RegisterAsync(RunnerRegistrationRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var token = name is null
                ? await client.Actions.SelfHostedRunners.CreateOrganizationRegistrationToken(owner, cancellationToken).ConfigureAwait(false)
                : await client.Actions.SelfHostedRunners.CreateRepositoryRegistrationToken(owner, name, cancellationToken).ConfigureAwait(false);
            return new RunnerRegistration(token.Token, RunnerId: null);
        }
        catch (Exception ex)
        {
            throw Translate(ex, "create a runner registration token");
        }
    }

    public async Task RemoveAsync(RegisteredRunner runner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        cancellationToken.ThrowIfCancellationRequested();
        var id = long.Parse(runner.Id, NumberStyles.None, CultureInfo.InvariantCulture);
        try
        {
            if (name is null)
            {
                await client.Actions.SelfHostedRunners.DeleteOrganizationRunner(owner, id).ConfigureAwait(false);
            }
            else
            {
                await client.Actions.SelfHostedRunners.DeleteRepositoryRunner(owner, name, id).ConfigureAwait(false);
            }
        }
        catch (NotFoundException)
        {
            logger.LogDebug("runner {Name} ({Id}) was already removed", runner.Name, id);
        }
        catch (ApiException ex) when (ex.Message.Contains("still running a job", StringComparison.OrdinalIgnoreCase))
        {
            throw new RunnerBusyException($"GitHub refused to remove runner {runner.Name}: {ex.Message}", ex);
        }
        catch (Exception ex)
        {
            throw Translate(ex, $"remove runner {runner.Name}");
        }
    }

    /// <summary>GitHub's runner log names the job but not its run: the in-progress runs' jobs say which runner has it.</summary>
    public async Task<string?> FindRunOfJobAsync(string runnerName, RunnerJob? job, CancellationToken cancellationToken)
    {
        if (name is null)
        {
            // An organisation runner's job may belong to any repository: there is no one place to look.
            return null;
        }

        try
        {
            var runs = await client.Actions.Workflows.Runs.List(
                owner, name, new WorkflowRunsRequest { Status = CheckRunStatusFilter.InProgress }, new ApiOptions { PageSize = PageSize, PageCount = 1 }).ConfigureAwait(false);
            foreach (var run in runs.WorkflowRuns ?? [])
            {
                cancellationToken.ThrowIfCancellationRequested();
                var jobs = await client.Actions.Workflows.Jobs.List(owner, name, run.Id).ConfigureAwait(false);
                if ((jobs.Jobs ?? []).Any(j => j.RunnerName == runnerName && (job?.Id is null || j.Name == job.Id)))
                {
                    return run.Id.ToString(CultureInfo.InvariantCulture);
                }
            }

            return null;
        }
        catch (Exception ex)
        {
            throw Translate(ex, "find the workflow run of the interrupted job");
        }
    }

    private Exception Translate(Exception exception, string action) => exception switch
    {
        CmlException => exception,
        AuthorizationException => new ForgeRequestException(
            $"GitHub rejected the token while trying to {action} (401 Bad credentials): REPO_TOKEN should be a personal access token; {TokenAdvice}", 401, outcomeUnknown: false, exception),
        ForbiddenException forbidden => new ForgeRequestException(
            $"GitHub refused to {action} in {Scope} (403 {forbidden.Message}): {TokenAdvice}", 403, outcomeUnknown: false, exception),
        NotFoundException => new ForgeRequestException(
            $"GitHub answered 404 Not Found while trying to {action} in {Scope}: check --repo and that the token has admin rights on it ({TokenAdvice})", 404, outcomeUnknown: false, exception),
        _ => name is null
            ? GitHubErrors.Translate(exception, action, new GitHubRepository(owner, "*", string.Empty))
            : GitHubErrors.Translate(exception, action, new GitHubRepository(owner, name, string.Empty)),
    };
}
