using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using ContinuousMl.Bitbucket.Json;

namespace ContinuousMl.Bitbucket;

/// <summary>
/// The HTTP side every area client shares: relative paths against the API base, JSON through the source-generated
/// context, and non-success answers turned into <see cref="BitbucketApiException"/> with Bitbucket's own message.
/// </summary>
internal sealed partial class BitbucketConnection
{
    private readonly HttpClient http;

    /// <param name="http">A client whose base address is the API base with a trailing slash, and whose handler is our pipeline.</param>
    public BitbucketConnection(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(http.BaseAddress);
        this.http = http;
    }

    public Uri ApiBase => http.BaseAddress!;

    public async Task<T> GetAsync<T>(string pathOrUrl, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Resolve(pathOrUrl));
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, type, cancellationToken).ConfigureAwait(false);
    }

    public async Task<TResponse> SendJsonAsync<TRequest, TResponse>(
        HttpMethod method, string path, TRequest body, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, Resolve(path)) { Content = JsonContent.Create(body, requestType) };
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, responseType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="request"/>; a non-success status (redirects aside) throws <see cref="BitbucketApiException"/>.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken, params HttpStatusCode[] alsoAccepted)
    {
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode || status is >= 300 and < 400 || alsoAccepted.Contains(response.StatusCode))
        {
            return response;
        }

        using (response)
        {
            throw await ErrorAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// <paramref name="pathOrUrl"/> against the API base. Absolute URLs (a page's <c>next</c>) must stay on the API's
    /// host: the token is never sent anywhere else.
    /// </summary>
    public Uri Resolve(string pathOrUrl)
    {
        if (Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            if (!string.Equals(absolute.GetLeftPart(UriPartial.Authority), ApiBase.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
            {
                throw new BitbucketApiException(0, $"Bitbucket sent a link to another host ({absolute.Host}); not following it with the token", []);
            }

            return absolute;
        }

        return new Uri(ApiBase, pathOrUrl.TrimStart('/'));
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        try
        {
            var value = await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false);
            return value ?? throw new BitbucketApiException((int)response.StatusCode, "Bitbucket answered with an empty body", []);
        }
        catch (JsonException)
        {
            throw new BitbucketApiException((int)response.StatusCode, "Bitbucket answered with something that is not the JSON expected", []);
        }
    }

    private static async Task<BitbucketApiException> ErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var reason = response.ReasonPhrase is { Length: > 0 } phrase ? phrase : response.StatusCode.ToString();
        if (TryReadError(text, out var error))
        {
            var message = error.Message is { Length: > 0 } m ? m : reason;
            var fields = FieldMessages(error.Fields);
            var detail = error.Detail is { ValueKind: JsonValueKind.String } d && d.GetString() is { Length: > 0 and <= 200 } shortDetail
                ? shortDetail
                : null;
            var full = string.Join("; ", new[] { message, detail, fields }.Where(part => !string.IsNullOrEmpty(part)));
            return new BitbucketApiException(status, OneLine(full), RequiredScopes(error.Detail));
        }

        // Some errors (an oversized comment, a proxy's page) come back as HTML or text.
        var plain = OneLine(Tags().Replace(text, " "));
        return new BitbucketApiException(status, plain.Length is > 0 and <= 200 ? plain : reason, []);
    }

    private static bool TryReadError(string text, out BitbucketErrorBody error)
    {
        error = null!;
        if (!text.TrimStart().StartsWith('{'))
        {
            return false;
        }

        try
        {
            var parsed = JsonSerializer.Deserialize(text, BitbucketJsonContext.Default.BitbucketErrorResponse);
            if (parsed?.Error is { } body)
            {
                error = body;
                return true;
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }

    private static string? FieldMessages(JsonElement? fields)
    {
        if (fields is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var field in element.EnumerateObject())
        {
            IEnumerable<string?> messages = field.Value.ValueKind == JsonValueKind.Array
                ? field.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString())
                : field.Value.ValueKind == JsonValueKind.String ? [field.Value.GetString()] : [];
            parts.Add($"{field.Name}: {string.Join(" ", messages)}");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string[] RequiredScopes(JsonElement? detail) =>
        detail is { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty("required", out var required)
        && required.ValueKind == JsonValueKind.Array
            ? required.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray()
            : [];

    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
