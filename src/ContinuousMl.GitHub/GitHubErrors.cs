using ContinuousMl.Errors;
using ContinuousMl.Forges;
using Octokit;
using Polly.Timeout;

namespace ContinuousMl.GitHub;

/// <summary>Turns Octokit's exceptions into one-line messages that say what to do.</summary>
internal static class GitHubErrors
{
    public static Exception Translate(Exception exception, string action, GitHubRepository repository)
    {
        switch (exception)
        {
            case CmlException:
                return exception;
            case AuthorizationException:
                return new ForgeRequestException(
                    $"GitHub rejected the token while trying to {action} (401 Bad credentials): check REPO_TOKEN, --token or CML_TOKEN",
                    401, outcomeUnknown: false, exception);
            case ForbiddenException forbidden:
                return new ForgeRequestException(
                    $"GitHub refused to {action} in {repository} (403 {forbidden.Message}): {ForbiddenAdvice(forbidden.Message)}",
                    403, outcomeUnknown: false, exception);
            case NotFoundException:
                return new ForgeRequestException(
                    $"GitHub answered 404 Not Found while trying to {action} in {repository}: check --repo, the pull request or issue number, and that the token can see this repository",
                    404, outcomeUnknown: false, exception);
            case ApiValidationException validation:
                return new ForgeRequestException(
                    $"GitHub refused to {action} in {repository} (422 {Describe(validation)})", 422, outcomeUnknown: false, exception);
            case ApiException api when (int)api.StatusCode >= 500:
                return new ForgeRequestException(
                    $"GitHub failed to {action} ({(int)api.StatusCode} {api.StatusCode})", (int)api.StatusCode, outcomeUnknown: true, exception);
            case ApiException api:
                return new ForgeRequestException(
                    $"GitHub refused to {action} in {repository} ({(int)api.StatusCode} {api.Message})", (int)api.StatusCode, outcomeUnknown: false, exception);
            case HttpRequestException or TimeoutRejectedException or TaskCanceledException or TimeoutException or IOException:
                return new ForgeRequestException(
                    $"GitHub did not answer while trying to {action} ({exception.Message})", null, outcomeUnknown: true, exception);
            default:
                return exception;
        }
    }

    private static string ForbiddenAdvice(string message) =>
        message.Contains("not accessible by integration", StringComparison.OrdinalIgnoreCase)
            ? "give the workflow `permissions: pull-requests: write` (and `contents: write` for commit comments and images); on a pull request from a fork the token is read-only"
            : "check that the token has write access to this repository";

    private static string Describe(ApiValidationException validation)
    {
        var details = validation.ApiError?.Errors?.Select(e => e.Message).Where(m => !string.IsNullOrEmpty(m)).ToArray();
        return details is { Length: > 0 } ? $"{validation.Message}: {string.Join("; ", details)}" : validation.Message;
    }
}
