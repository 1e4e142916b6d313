using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ContinuousMl.Forges;
using ContinuousMl.Http;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace ContinuousMl.GitHub.GraphQl;

/// <summary>
/// GitHub's GraphQL API, for the one thing REST cannot do: enabling auto-merge on a pull request. Its requests go
/// through the same resilient pipeline as Octokit's.
/// </summary>
public sealed class GitHubGraphQlClient
{
    private const string AutoMergeMutation = """
        mutation autoMerge($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod, $commitHeadline: String, $commitBody: String) {
          enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId, mergeMethod: $mergeMethod, commitHeadline: $commitHeadline, commitBody: $commitBody}) {
            clientMutationId
          }
        }
        """;

    private readonly HttpClient http;
    private readonly Uri endpoint;

    public GitHubGraphQlClient(HttpClient http, Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(endpoint);
        this.http = http;
        this.endpoint = endpoint;
    }

    public Uri Endpoint => endpoint;

    public static GitHubGraphQlClient Create(Uri apiBase, string token, string userAgentVersion, HttpPipelineOptions pipelineOptions, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        // The pipeline bounds each try and the whole call; HttpClient's own 100 s cap would cut a long rate-limit wait.
        var http = new HttpClient(ForgeHttpPipeline.CreateHandler(pipelineOptions, logger)) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("bearer", token);
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("continuous-ml", userAgentVersion));
        return new GitHubGraphQlClient(http, EndpointFor(apiBase));
    }

    /// <summary>
    /// The GraphQL endpoint beside a REST base: <c>https://api.github.com/graphql</c>, and on GitHub Enterprise Server
    /// <c>https://host/api/graphql</c> for <c>https://host/api/v3</c>.
    /// </summary>
    public static Uri EndpointFor(Uri apiBase)
    {
        ArgumentNullException.ThrowIfNull(apiBase);
        var path = apiBase.AbsolutePath.TrimEnd('/');
        path = path.EndsWith("/api/v3", StringComparison.OrdinalIgnoreCase) ? path[..^"/v3".Length] + "/graphql" : path + "/graphql";
        return new UriBuilder(apiBase) { Path = path, Query = string.Empty }.Uri;
    }

    /// <summary>Asks GitHub to merge the pull request once its requirements are met; returns GitHub's refusals, none on success.</summary>
    internal async Task<IReadOnlyList<string>> EnableAutoMergeAsync(string pullRequestNodeId, MergeMethod method, CancellationToken cancellationToken)
    {
        var body = new GitHubGraphQlRequest(AutoMergeMutation, new GitHubAutoMergeVariables(pullRequestNodeId, method.ToString().ToUpperInvariant()));
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(body, GitHubGraphQlJsonContext.Default.GitHubGraphQlRequest),
        };
        // Enabling auto-merge twice leaves it enabled once: a lost answer may be asked again.
        RequestSafety.MarkSafeToRepeat(request);
        const string action = "enable auto-merge";
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or IOException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ForgeRequestException($"GitHub did not answer while trying to {action} ({ex.Message})", null, outcomeUnknown: true, ex);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                throw status == 401
                    ? new ForgeRequestException($"GitHub rejected the token while trying to {action} (401 Bad credentials): check REPO_TOKEN, --token or CML_TOKEN", status, outcomeUnknown: false)
                    : new ForgeRequestException($"GitHub answered {status} {response.ReasonPhrase} to the GraphQL request to {action} at {endpoint}", status, outcomeUnknown: status >= 500);
            }

            GitHubGraphQlResponse? answer;
            try
            {
                answer = await response.Content.ReadFromJsonAsync(GitHubGraphQlJsonContext.Default.GitHubGraphQlResponse, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                throw new ForgeRequestException($"GitHub's answer to the GraphQL request to {action} is not JSON; is {endpoint} GitHub's GraphQL endpoint?", status, outcomeUnknown: false, ex);
            }

            return answer?.Errors?.Select(error => error.Message ?? error.Type ?? "unknown error").ToArray() ?? [];
        }
    }
}
