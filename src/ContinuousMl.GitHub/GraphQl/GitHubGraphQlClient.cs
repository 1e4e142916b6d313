using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ContinuousMl.Forges;
using ContinuousMl.Http;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace ContinuousMl.GitHub.GraphQl;

/// <summary>
/// GitHub's GraphQL API, for what REST cannot do (enabling auto-merge on a pull request) or needs several round trips
/// for (the assets branch's head and files). Its requests go through the same resilient pipeline as Octokit's.
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

    // The assets branch is two levels deep (xx/<sha-256>.ext), so two levels of entries list every asset.
    private const string AssetsBranchQuery = """
        query assetsBranch($owner: String!, $name: String!, $qualifiedName: String!) {
          repository(owner: $owner, name: $name) {
            ref(qualifiedName: $qualifiedName) {
              target {
                oid
                ... on Commit {
                  tree { oid entries { name type object { ... on Tree { entries { name type } } } } }
                }
              }
            }
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
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["pullRequestId"] = pullRequestNodeId,
            ["mergeMethod"] = method.ToString().ToUpperInvariant(),
        };
        // Enabling auto-merge twice leaves it enabled once: a lost answer may be asked again.
        var answer = await SendAsync(new GitHubGraphQlRequest(AutoMergeMutation, variables), "enable auto-merge", cancellationToken).ConfigureAwait(false);
        return answer.Errors?.Select(error => error.Message ?? error.Type ?? "unknown error").ToArray() ?? [];
    }

    /// <summary>
    /// The head commit of <paramref name="branch"/>, its tree and every file two levels deep, in one round trip; null
    /// when the branch (or a repository the token can see) does not exist.
    /// </summary>
    internal async Task<GitHubBranchFiles?> ReadBranchFilesAsync(string owner, string name, string branch, CancellationToken cancellationToken)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["owner"] = owner,
            ["name"] = name,
            ["qualifiedName"] = "refs/heads/" + branch,
        };
        const string action = "read the assets branch";
        var answer = await SendAsync(new GitHubGraphQlRequest(AssetsBranchQuery, variables), action, cancellationToken).ConfigureAwait(false);
        if (answer.Errors is { Count: > 0 } errors && !errors.All(error => error.Type == "NOT_FOUND"))
        {
            throw new ForgeRequestException(
                $"GitHub refused to {action} {branch} of {owner}/{name}: {errors[0].Message ?? errors[0].Type}", null, outcomeUnknown: false);
        }

        return GitHubBranchFiles.From(answer.Data);
    }

    private async Task<GitHubGraphQlResponse> SendAsync(GitHubGraphQlRequest body, string action, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(body, GitHubGraphQlJsonContext.Default.GitHubGraphQlRequest),
        };
        // Both documents cml sends are safe to repeat: a query, and a mutation whose repetition changes nothing.
        RequestSafety.MarkSafeToRepeat(request);
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

            try
            {
                return await response.Content.ReadFromJsonAsync(GitHubGraphQlJsonContext.Default.GitHubGraphQlResponse, cancellationToken).ConfigureAwait(false)
                       ?? new GitHubGraphQlResponse(null, null);
            }
            catch (JsonException ex)
            {
                throw new ForgeRequestException($"GitHub's answer to the GraphQL request to {action} is not JSON; is {endpoint} GitHub's GraphQL endpoint?", status, outcomeUnknown: false, ex);
            }
        }
    }
}
