using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ContinuousMl.Forges;
using ContinuousMl.Http;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace ContinuousMl.GitLab;

/// <summary>
/// The HTTP side of GitLab's REST v4 API: authenticates with <c>PRIVATE-TOKEN</c>, finds the project once (lazily,
/// so building a client costs nothing), reads GitLab's pagination headers and turns every failure into a
/// <see cref="ForgeRequestException"/>. Retries and rate limits are the shared pipeline's business, below it.
/// </summary>
public sealed class GitLabConnection
{
    public const string TokenHeader = "PRIVATE-TOKEN";

    private readonly HttpClient http;
    private readonly string token;
    private readonly Func<CancellationToken, Task<GitLabProject>> locate;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private Task<GitLabProject>? project;

    /// <param name="http">A client over <see cref="ForgeHttpPipeline"/>.</param>
    /// <param name="token">A personal, project or group access token.</param>
    /// <param name="locate">Finds the project's API base and path; called once.</param>
    /// <param name="logger">Where requests are logged at debug level.</param>
    public GitLabConnection(HttpClient http, string token, Func<CancellationToken, Task<GitLabProject>> locate, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentException.ThrowIfNullOrEmpty(token);
        ArgumentNullException.ThrowIfNull(locate);
        this.http = http;
        this.token = token;
        this.locate = locate;
        this.logger = logger;
    }

    /// <summary>The project, located on first use; later calls share the answer (or the failure).</summary>
    public Task<GitLabProject> ProjectAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return project ??= locate(cancellationToken);
        }
    }

    /// <summary>GETs <paramref name="path"/> (relative to the API base) and reads the JSON answer.</summary>
    internal async Task<T> GetAsync<T>(string path, JsonTypeInfo<T> type, string action, CancellationToken cancellationToken)
    {
        var (value, _) = await SendAsync(HttpMethod.Get, path, content: null, type, action, safeToRepeat: true, cancellationToken).ConfigureAwait(false);
        return value;
    }

    /// <summary>GETs one page of a list; <paramref name="path"/> carries its query (page, per_page, sort).</summary>
    internal async Task<GitLabPage<T>> GetPageAsync<T>(string path, JsonTypeInfo<List<T>> type, string action, CancellationToken cancellationToken)
    {
        var (items, headers) = await SendAsync(HttpMethod.Get, path, content: null, type, action, safeToRepeat: true, cancellationToken).ConfigureAwait(false);
        return new GitLabPage<T>(items, PageHeader(headers, "x-next-page"), PageHeader(headers, "x-total-pages"));
    }

    /// <summary>Sends <paramref name="body"/> as JSON and reads the JSON answer.</summary>
    internal async Task<T> SendJsonAsync<TBody, T>(
        HttpMethod method, string path, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<T> type, string action, CancellationToken cancellationToken)
    {
        var (value, _) = await SendAsync(method, path, JsonContent.Create(body, bodyType), type, action, safeToRepeat: false, cancellationToken).ConfigureAwait(false);
        return value;
    }

    /// <summary>Sends <paramref name="content"/>; <paramref name="safeToRepeat"/> lets the pipeline retry a POST.</summary>
    internal async Task<T> SendContentAsync<T>(
        HttpMethod method, string path, HttpContent content, JsonTypeInfo<T> type, string action, bool safeToRepeat, CancellationToken cancellationToken)
    {
        var (value, _) = await SendAsync(method, path, content, type, action, safeToRepeat, cancellationToken).ConfigureAwait(false);
        return value;
    }

    /// <summary>
    /// Sends a request whose answer has no body we need (a DELETE's 204). <paramref name="authenticate"/> false
    /// leaves <c>PRIVATE-TOKEN</c> out: calls that carry a runner or registration token in the body are refused
    /// by GitLab when the header holds a token it does not know.
    /// </summary>
    internal async Task SendWithoutAnswerAsync(
        HttpMethod method, string path, HttpContent? content, string action, bool safeToRepeat, CancellationToken cancellationToken, bool authenticate = true)
    {
        using var response = await SendCheckedAsync(method, path, content, action, safeToRepeat, authenticate, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="content"/> without <c>PRIVATE-TOKEN</c> (see <see cref="SendWithoutAnswerAsync"/>) and reads the JSON answer.</summary>
    internal async Task<T> SendAnonymousAsync<T>(
        HttpMethod method, string path, HttpContent content, JsonTypeInfo<T> type, string action, CancellationToken cancellationToken)
    {
        var (value, _) = await SendAsync(method, path, content, type, action, safeToRepeat: false, cancellationToken, authenticate: false).ConfigureAwait(false);
        return value;
    }

    private async Task<(T Value, HttpResponseHeaders Headers)> SendAsync<T>(
        HttpMethod method, string path, HttpContent? content, JsonTypeInfo<T> type, string action, bool safeToRepeat, CancellationToken cancellationToken, bool authenticate = true)
    {
        using (var response = await SendCheckedAsync(method, path, content, action, safeToRepeat, authenticate, cancellationToken).ConfigureAwait(false))
        {
            T? value;
            try
            {
                value = await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException exception)
            {
                throw GitLabErrors.Unreadable(action, exception);
            }
            catch (Exception exception) when (IsNoAnswer(exception, cancellationToken))
            {
                throw GitLabErrors.NoAnswer(action, exception);
            }

            // Headers outlive the response's disposal; only its content goes.
            return (value ?? throw GitLabErrors.Unreadable(action), response.Headers);
        }
    }

    /// <summary>Sends the request through the pipeline; an answer that is not a success becomes our one-line error.</summary>
    private async Task<HttpResponseMessage> SendCheckedAsync(
        HttpMethod method, string path, HttpContent? content, string action, bool safeToRepeat, bool authenticate, CancellationToken cancellationToken)
    {
        using var owned = content;
        var located = await ProjectAsync(cancellationToken).ConfigureAwait(false);
        using var request = new HttpRequestMessage(method, new Uri(located.ApiBase, path)) { Content = content };
        if (authenticate)
        {
            request.Headers.Add(TokenHeader, token);
        }

        if (safeToRepeat)
        {
            RequestSafety.MarkSafeToRepeat(request);
        }

        logger.LogDebug("GitLab API request, method: {Method}, url: \"{Url}\"", method, request.RequestUri);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsNoAnswer(exception, cancellationToken))
        {
            throw GitLabErrors.NoAnswer(action, exception);
        }

        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
                throw GitLabErrors.FromStatus((int)response.StatusCode, response.ReasonPhrase, body, action, located.Path, response.Headers.Location);
            }
        }

        return response;
    }

    private static async Task<string?> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            return null;
        }
    }

    private static bool IsNoAnswer(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or IOException or TimeoutRejectedException or TimeoutException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static int? PageHeader(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var page)
        && page > 0
            ? page
            : null;
}
