using ContinuousMl.Errors;
using ContinuousMl.Forges;
using Polly.Timeout;

namespace ContinuousMl.Bitbucket;

/// <summary>Turns failed Bitbucket calls into one-line messages that say what to do.</summary>
internal static class BitbucketErrors
{
    /// <param name="exception">What the call threw.</param>
    /// <param name="action">What we were doing, e.g. "create a comment on pull request #7".</param>
    /// <param name="repository">Where.</param>
    /// <param name="credentials">What kind of token was used, to name it in a 401.</param>
    /// <param name="writeScope">The scope the action needs, as Bitbucket's token pages name it (e.g. "Pull requests: Write").</param>
    public static Exception Translate(Exception exception, string action, BitbucketRepository repository, BitbucketCredentials credentials, string writeScope)
    {
        switch (exception)
        {
            case CmlException:
                return exception;
            case OperationCanceledException cancelled when cancelled.CancellationToken.IsCancellationRequested:
                return exception;
            case BitbucketApiException { StatusCode: 401 } api:
                return new ForgeRequestException(
                    $"Bitbucket rejected the {credentials.Kind} while trying to {action} (401 {api.Message}): check REPO_TOKEN, --token or CML_TOKEN; an access token is sent as is, an app password as user:app-password",
                    401, outcomeUnknown: false, exception);
            case BitbucketApiException { StatusCode: 403 } api:
                return new ForgeRequestException(
                    $"Bitbucket refused to {action} in {repository} (403 {api.Message}{Scopes(api)}): give the token the \"{writeScope}\" permission (a repository access token of {repository}, or an app password with it)",
                    403, outcomeUnknown: false, exception);
            case BitbucketApiException { StatusCode: 404 } api:
                return new ForgeRequestException(
                    $"Bitbucket answered 404 {api.Message} while trying to {action} in {repository}: check --repo, the pull request or issue number, and that the token can see this repository",
                    404, outcomeUnknown: false, exception);
            case BitbucketApiException { StatusCode: 429 } api:
                return new ForgeRequestException(
                    $"Bitbucket's rate limit stopped us from trying to {action} (429 {api.Message}); re-run the job later",
                    429, outcomeUnknown: false, exception);
            case BitbucketApiException { StatusCode: >= 500 } api:
                return new ForgeRequestException(
                    $"Bitbucket failed to {action} ({api.StatusCode} {api.Message})", api.StatusCode, outcomeUnknown: true, exception);
            case BitbucketApiException { StatusCode: 0 } api:
                return new ForgeRequestException($"cannot {action}: {api.Message}", null, outcomeUnknown: false, exception);
            case BitbucketApiException api:
                return new ForgeRequestException(
                    $"Bitbucket refused to {action} in {repository} ({api.StatusCode} {api.Message})", api.StatusCode, outcomeUnknown: false, exception);
            case HttpRequestException or TimeoutRejectedException or OperationCanceledException or TimeoutException or IOException:
                return new ForgeRequestException(
                    $"Bitbucket did not answer while trying to {action} ({exception.Message})", null, outcomeUnknown: true, exception);
            default:
                return exception;
        }
    }

    private static string Scopes(BitbucketApiException api) =>
        api.RequiredScopes.Count == 0 ? string.Empty : $"; it needs {string.Join(", ", api.RequiredScopes)}";
}
