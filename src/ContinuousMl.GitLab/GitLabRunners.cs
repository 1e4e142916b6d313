using System.Globalization;
using ContinuousMl.Forges;
using ContinuousMl.GitLab.Models;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.GitLab;

/// <summary>
/// A project's runners. With an access token (<c>api</c> or <c>create_runner</c> scope, Maintainer role) a runner
/// is created through <c>POST /user/runners</c> and its <c>glrt-</c> token handed to <c>gitlab-runner</c>; with a
/// legacy registration token (<c>GR1348941…</c>) through <c>POST /runners</c>, and then the runner can only be
/// removed with its own token (<c>DELETE /runners</c>) and the list cannot be read.
/// </summary>
public sealed class GitLabRunners : IRunners
{
    /// <summary>The prefix GitLab (15.6+) gives registration tokens.</summary>
    public const string RegistrationTokenPrefix = "GR1348941";

    private const int PageSize = 100;
    private const string ScopeAdvice =
        "check the permissions (scopes) of your GitLab token: a personal, project or group access token with the api (or create_runner) scope and the Maintainer role; see https://docs.gitlab.com/ee/ci/runners/runners_scope.html";

    private readonly GitLabConnection connection;
    private readonly string token;
    private readonly ILogger logger;
    private readonly Dictionary<string, string> runnerTokens = new(StringComparer.Ordinal);

    public GitLabRunners(GitLabApi api, string token, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(api);
        connection = api.Connection;
        this.token = token;
        this.logger = logger;
    }

    public string Forge => "gitlab";

    /// <summary>A registration token reads nothing; an access token reads the project's runners.</summary>
    public bool CanList => !IsRegistrationToken(token);

    public static bool IsRegistrationToken(string token) => token.StartsWith(RegistrationTokenPrefix, StringComparison.Ordinal);

    public async Task<IReadOnlyList<RegisteredRunner>> ListAsync(CancellationToken cancellationToken)
    {
        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        var summaries = new List<GitLabRunnerSummary>();
        for (int? page = 1; page is { } current;)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"projects/{project.Id}/runners?per_page={PageSize}&page={current}");
            var result = await Guard(connection.GetPageAsync(path, GitLabRunnerJsonContext.Default.ListGitLabRunnerSummary, "list the project's runners", cancellationToken)).ConfigureAwait(false);
            summaries.AddRange(result.Items);
            page = result.NextPage ?? (result.Items.Count == PageSize && result.TotalPages is null ? current + 1 : null);
        }

        var runners = new List<RegisteredRunner>(summaries.Count);
        foreach (var summary in summaries)
        {
            // The list has neither tags nor jobs: CML reads both per runner, and so must --reuse and --reuse-idle.
            var id = summary.Id.ToString(CultureInfo.InvariantCulture);
            var details = await connection.GetAsync($"runners/{id}", GitLabRunnerJsonContext.Default.GitLabRunnerDetails, $"read runner {id}", cancellationToken).ConfigureAwait(false);
            var running = await connection.GetPageAsync($"runners/{id}/jobs?status=running&per_page=1", GitLabRunnerJsonContext.Default.ListGitLabRunnerJob, $"read the jobs of runner {id}", cancellationToken).ConfigureAwait(false);
            var online = summary.Online ?? string.Equals(summary.Status, "online", StringComparison.OrdinalIgnoreCase);
            runners.Add(new RegisteredRunner(id, summary.Description ?? string.Empty, details.TagList ?? [], online, running.Items.Count > 0));
        }

        return runners;
    }

    public async Task<RunnerRegistration> RegisterAsync(RunnerRegistrationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("description", request.Name),
            new("tag_list", string.Join(',', request.Labels)),
            new("run_untagged", "true"),
            new("locked", "true"),
            new("access_level", "not_protected"),
        };

        GitLabCreatedRunner created;
        if (IsRegistrationToken(token))
        {
            fields.Add(new("token", token));
            created = await Guard(connection.SendAnonymousAsync(
                HttpMethod.Post, "runners", new FormUrlEncodedContent(fields), GitLabRunnerJsonContext.Default.GitLabCreatedRunner, "register a runner with the registration token", cancellationToken)).ConfigureAwait(false);
        }
        else
        {
            var identity = await Guard(connection.GetAsync($"projects/{project.Id}", GitLabRunnerJsonContext.Default.GitLabProjectIdentity, "read the project", cancellationToken)).ConfigureAwait(false);
            fields.Add(new("runner_type", "project_type"));
            fields.Add(new("project_id", identity.Id.ToString(CultureInfo.InvariantCulture)));
            created = await Guard(connection.SendContentAsync(
                HttpMethod.Post, "user/runners", new FormUrlEncodedContent(fields), GitLabRunnerJsonContext.Default.GitLabCreatedRunner, "create a project runner", safeToRepeat: false, cancellationToken)).ConfigureAwait(false);
        }

        var id = created.Id.ToString(CultureInfo.InvariantCulture);
        lock (runnerTokens)
        {
            runnerTokens[id] = created.Token;
        }

        var server = project.ApiBase.AbsoluteUri.EndsWith("api/v4/", StringComparison.Ordinal)
            ? project.ApiBase.AbsoluteUri[..^"api/v4/".Length].TrimEnd('/')
            : project.ApiBase.GetLeftPart(UriPartial.Authority);
        logger.LogDebug("created runner {Id} on {Server}", id, server);
        return new RunnerRegistration(created.Token, id) { ServerUrl = server };
    }

    public async Task RemoveAsync(RegisteredRunner runner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        string? runnerToken;
        lock (runnerTokens)
        {
            runnerToken = runnerTokens.GetValueOrDefault(runner.Id);
        }

        try
        {
            if (IsRegistrationToken(token) && runnerToken is not null)
            {
                // No access token to remove it by id: the runner's own token removes it.
                await connection.SendWithoutAnswerAsync(
                    HttpMethod.Delete, "runners", new FormUrlEncodedContent([new("token", runnerToken)]), $"remove runner {runner.Name}", safeToRepeat: true, cancellationToken, authenticate: false).ConfigureAwait(false);
            }
            else
            {
                await connection.SendWithoutAnswerAsync(
                    HttpMethod.Delete, $"runners/{Uri.EscapeDataString(runner.Id)}", null, $"remove runner {runner.Name}", safeToRepeat: true, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (ForgeRequestException ex) when (ex.StatusCode == 404)
        {
            logger.LogDebug("runner {Name} ({Id}) was already removed", runner.Name, runner.Id);
        }
    }

    /// <summary>GitLab's runner log names the job id; the job names its pipeline.</summary>
    public async Task<string?> FindRunOfJobAsync(string runnerName, RunnerJob? job, CancellationToken cancellationToken)
    {
        if (job?.Id is not { } jobId || !long.TryParse(jobId, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        var read = await connection.GetAsync($"projects/{project.Id}/jobs/{jobId}", GitLabRunnerJsonContext.Default.GitLabRunnerJob, $"read job {jobId}", cancellationToken).ConfigureAwait(false);
        return read.Pipeline?.Id.ToString(CultureInfo.InvariantCulture);
    }

    private static async Task<T> Guard<T>(Task<T> call)
    {
        try
        {
            return await call.ConfigureAwait(false);
        }
        catch (ForgeRequestException ex) when (ex.StatusCode == 403)
        {
            // The generic 403 advice is about notes; keep GitLab's own words and say what runners need.
            var end = ex.Message.IndexOf("): ", StringComparison.Ordinal);
            var what = end > 0 ? ex.Message[..(end + 1)] : ex.Message;
            throw new ForgeRequestException($"{what}: {ScopeAdvice}", 403, outcomeUnknown: false, ex);
        }
    }
}
