using System.Net.Http.Headers;
using ContinuousMl.Ci;
using ContinuousMl.Http;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.GitLab;

/// <summary>
/// GitLab's REST v4 API as we use it, one small client per area (notes, commits, uploads, users) over one
/// <see cref="GitLabConnection"/>, in the manner of Octokit's <c>GitHubClient</c>.
/// </summary>
public sealed class GitLabApi
{
    public GitLabApi(GitLabConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Connection = connection;
        Notes = new GitLabNotesClient(connection);
        Commits = new GitLabCommitsClient(connection);
        Uploads = new GitLabUploadsClient(connection);
        Users = new GitLabUsersClient(connection);
    }

    public GitLabConnection Connection { get; }

    internal GitLabNotesClient Notes { get; }

    internal GitLabCommitsClient Commits { get; }

    internal GitLabUploadsClient Uploads { get; }

    internal GitLabUsersClient Users { get; }

    /// <summary>A client for the project at <paramref name="repository"/> on the shared resilient pipeline.</summary>
    /// <param name="repository">The project's web URL.</param>
    /// <param name="token">A personal, project or group access token with the <c>api</c> scope.</param>
    /// <param name="ciApiUrl">The CI's <c>CI_API_V4_URL</c>, used when it is the project's server; else the base is probed.</param>
    /// <param name="userAgentVersion">Our version, for the User-Agent.</param>
    /// <param name="pipelineOptions">The shared pipeline's bounds.</param>
    /// <param name="logger">Where the pipeline and the client log.</param>
    /// <param name="transport">The innermost handler; sockets when null.</param>
    public static GitLabApi Create(
        RepositoryUrl repository,
        string token,
        string? ciApiUrl,
        string userAgentVersion,
        HttpPipelineOptions pipelineOptions,
        ILogger logger,
        HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        // The pipeline bounds each try and the whole call; HttpClient's own 100 s cap would cut a long rate-limit wait.
        var http = new HttpClient(ForgeHttpPipeline.CreateHandler(pipelineOptions, logger, transport)) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("continuous-ml", userAgentVersion));
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var locator = new GitLabApiLocator(http, token, logger);
        return new GitLabApi(new GitLabConnection(http, token, ct => locator.LocateAsync(repository, ciApiUrl, ct), logger));
    }

    /// <summary>
    /// A client for a runner registration token (<c>GR1348941…</c>): such a token opens no API but runner
    /// registration, so the base is not probed with it; it is <c>CI_API_V4_URL</c>, else the server's root.
    /// </summary>
    public static GitLabApi CreateForRegistrationToken(
        RepositoryUrl repository, string token, string? ciApiUrl, string userAgentVersion, HttpPipelineOptions pipelineOptions, ILogger logger, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var http = new HttpClient(ForgeHttpPipeline.CreateHandler(pipelineOptions, logger, transport)) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("continuous-ml", userAgentVersion));
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var project = GitLabApiLocator.FromCi(repository, ciApiUrl)
            ?? new GitLabProject(new Uri($"{repository.Origin}/api/v4/"), repository.Path, repository.ToString());
        return new GitLabApi(new GitLabConnection(http, token, _ => Task.FromResult(project), logger));
    }
}
