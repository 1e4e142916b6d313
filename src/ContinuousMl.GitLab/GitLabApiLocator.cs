using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContinuousMl.Ci;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using ContinuousMl.GitLab.Models;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.GitLab;

/// <summary>
/// Finds where a project's GitLab API lives. The CI's <c>CI_API_V4_URL</c> wins when it is the repository's server;
/// otherwise <c>/api/v4/version</c> is probed under every path prefix of the repository URL, in parallel, and the
/// first prefix in order that answers wins: this is how GitLab installed under a relative URL
/// (<c>https://example.com/gitlab/group/sub/project</c>) is found, as CML finds it.
/// </summary>
public sealed class GitLabApiLocator(HttpClient http, string token, ILogger logger)
{
    public const string PublicHost = "gitlab.com";
    private const string ApiSuffix = "api/v4/";

    /// <summary>The project's API base and path.</summary>
    /// <param name="repository">The project's web URL.</param>
    /// <param name="ciApiUrl">The CI's <c>CI_API_V4_URL</c>, when set.</param>
    /// <exception cref="ForgeRequestException">A 401 from the server's API, or no answer at all.</exception>
    /// <exception cref="CmlException">When no prefix of the URL is a GitLab server.</exception>
    public async Task<GitLabProject> LocateAsync(RepositoryUrl repository, string? ciApiUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        if (FromCi(repository, ciApiUrl) is { } fromCi)
        {
            return fromCi;
        }

        var roots = CandidateRoots(repository);
        if (string.Equals(repository.Host, PublicHost, StringComparison.OrdinalIgnoreCase))
        {
            // gitlab.com is never under a relative URL: no need to ask.
            return AtRoot(repository, roots[0], 0);
        }

        using var cancelRest = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var probes = roots.Select(root => ProbeAsync(root, cancelRest.Token)).ToArray();
        var outcomes = new List<GitLabProbeOutcome>(probes.Length);
        for (var i = 0; i < probes.Length; i++)
        {
            var outcome = await probes[i].ConfigureAwait(false);
            if (outcome.IsGitLab)
            {
                await cancelRest.CancelAsync().ConfigureAwait(false);
                logger.LogDebug("GitLab API found at {Base}", new Uri(roots[i], ApiSuffix));
                return AtRoot(repository, roots[i], i);
            }

            outcomes.Add(outcome);
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw NotFound(repository, roots, outcomes);
    }

    /// <summary>
    /// The project from <paramref name="apiUrl"/> (<c>CI_API_V4_URL</c>) when it is on the repository's server and
    /// the repository lies under its root; null otherwise (a job on one server may post to another).
    /// </summary>
    public static GitLabProject? FromCi(RepositoryUrl repository, string? apiUrl)
    {
        ArgumentNullException.ThrowIfNull(repository);
        if (string.IsNullOrWhiteSpace(apiUrl) || !Uri.TryCreate(apiUrl.Trim(), UriKind.Absolute, out var api)
            || !string.Equals(api.Authority, repository.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var apiSegments = api.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (apiSegments.Length < 2 || apiSegments[^2] != "api" || apiSegments[^1] != "v4")
        {
            return null;
        }

        var rootSegments = apiSegments[..^2];
        var repositorySegments = repository.PathSegments;
        if (repositorySegments.Count <= rootSegments.Length
            || !rootSegments.Select(Uri.UnescapeDataString).SequenceEqual(repositorySegments.Take(rootSegments.Length), StringComparer.Ordinal))
        {
            return null;
        }

        var apiBase = new Uri(api.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        return new GitLabProject(apiBase, string.Join('/', repositorySegments.Skip(rootSegments.Length)), repository.ToString());
    }

    /// <summary>
    /// Where GitLab may be rooted for <paramref name="repository"/>, in the order they are tried: the server, then each
    /// longer path prefix, never the full path (a project needs at least one segment of its own).
    /// </summary>
    public static IReadOnlyList<Uri> CandidateRoots(RepositoryUrl repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var roots = new List<Uri>(repository.PathSegments.Count);
        for (var length = 0; length < repository.PathSegments.Count; length++)
        {
            var prefix = string.Concat(repository.PathSegments.Take(length).Select(segment => Uri.EscapeDataString(segment) + "/"));
            roots.Add(new Uri($"{repository.Origin}/{prefix}"));
        }

        return roots;
    }

    private static GitLabProject AtRoot(RepositoryUrl repository, Uri root, int rootSegments) =>
        new(new Uri(root, ApiSuffix), string.Join('/', repository.PathSegments.Skip(rootSegments)), repository.ToString());

    private async Task<GitLabProbeOutcome> ProbeAsync(Uri root, CancellationToken cancellationToken)
    {
        var url = new Uri(root, ApiSuffix + "version");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(GitLabConnection.TokenHeader, token);
        try
        {
            logger.LogDebug("probing {Url}", url);
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                return new GitLabProbeOutcome(false, (int)response.StatusCode, response.ReasonPhrase, body, null);
            }

            var version = await response.Content.ReadFromJsonAsync(GitLabJsonContext.Default.GitLabVersion, cancellationToken).ConfigureAwait(false);
            return new GitLabProbeOutcome(!string.IsNullOrEmpty(version?.Version), (int)response.StatusCode, response.ReasonPhrase, null, null);
        }
        catch (JsonException)
        {
            // A web page, not an API: this prefix is not GitLab's root.
            return new GitLabProbeOutcome(false, 200, null, null, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TimeoutException
                                              or Polly.Timeout.TimeoutRejectedException
                                              || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new GitLabProbeOutcome(false, null, null, null, exception);
        }
        catch (OperationCanceledException)
        {
            // An earlier prefix already answered.
            return new GitLabProbeOutcome(false, null, null, null, null);
        }
    }

    private static Exception NotFound(RepositoryUrl repository, IReadOnlyList<Uri> roots, List<GitLabProbeOutcome> outcomes)
    {
        const string action = "find the GitLab API";

        // The server is there but refuses the token: saying so beats "not found".
        if (outcomes.FirstOrDefault(o => o.Status is (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden) is { } refused)
        {
            return GitLabErrors.FromStatus(refused.Status!.Value, refused.Reason, refused.Body, action, project: null);
        }

        if (outcomes.Count > 0 && outcomes.All(o => o.Failure is not null))
        {
            return GitLabErrors.NoAnswer($"{action} at {repository.Origin}", outcomes[0].Failure!);
        }

        var probed = string.Join(", ", roots.Select(root => new Uri(root, ApiSuffix + "version").AbsolutePath));
        return new CmlException(
            $"{repository} is not a GitLab project: none of {probed} on {repository.Authority} answered as GitLab's API; check --repo, or set CI_API_V4_URL");
    }
}
