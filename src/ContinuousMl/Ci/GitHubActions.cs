using System.Globalization;
using System.Text.Json;

namespace ContinuousMl.Ci;

/// <summary>
/// GitHub Actions, detected by <c>GITHUB_ACTIONS=true</c>. Pull request facts come from the event payload at
/// <c>GITHUB_EVENT_PATH</c>: the commit is the PR head (<c>GITHUB_SHA</c> is a merge commit on PR events).
/// </summary>
public sealed class GitHubActions : ICiEnvironment
{
    public const string EnvironmentVariableName = "GITHUB_ACTIONS";
    public const string CiName = "github-actions";
    public const string DefaultServerUrl = "https://github.com";

    /// <summary>Events whose payload carries <c>pull_request</c> and whose run is for that pull request.</summary>
    private static readonly HashSet<string> PullRequestEvents = new(StringComparer.Ordinal)
    {
        "pull_request",
        "pull_request_target",
        "pull_request_review",
        "pull_request_review_comment",
    };

    private readonly IEnvironmentVariables environment;

    public GitHubActions(IEnvironmentVariables environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        this.environment = environment;
    }

    public string Name => CiName;

    public bool IsActive => string.Equals(environment.Get(EnvironmentVariableName)?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    public async Task<CiContext> ReadAsync(Action<string>? warn, CancellationToken cancellationToken = default)
    {
        var eventName = Get("GITHUB_EVENT_NAME");
        var sha = Get("GITHUB_SHA");
        string? pullRequest = null;
        var baseBranch = Get("GITHUB_BASE_REF");
        var isFork = false;

        if (eventName is not null && (PullRequestEvents.Contains(eventName) || eventName == "issue_comment"))
        {
            using var payload = await ReadEventAsync(eventName, warn, cancellationToken).ConfigureAwait(false);
            var root = payload?.RootElement;
            if (PullRequestEvents.Contains(eventName))
            {
                if (root is { } element && Property(element, "pull_request") is { } pull)
                {
                    var headSha = Text(pull, "head", "sha");
                    if (headSha is not null)
                    {
                        sha = headSha;
                    }
                    else
                    {
                        warn?.Invoke($"the {eventName} event has no pull_request.head.sha; using GITHUB_SHA, which is a merge commit");
                    }

                    pullRequest = Number(pull, "number") ?? Number(element, "number");
                    baseBranch = Text(pull, "base", "ref") ?? baseBranch;
                    isFork = eventName != "pull_request_target" && IsFromFork(pull);
                }
                else
                {
                    if (root is not null)
                    {
                        warn?.Invoke($"the {eventName} event has no pull_request; using GITHUB_SHA, which is a merge commit");
                    }

                    pullRequest = PullRequestFromRef(Get("GITHUB_REF"));
                }
            }
            else if (root is { } element && Property(element, "issue") is { } issue && Property(issue, "pull_request") is not null)
            {
                // A comment on a pull request: the run is for the default branch, the PR is the issue.
                pullRequest = Number(issue, "number");
            }
        }

        var serverUrl = Get("GITHUB_SERVER_URL");
        return new CiContext
        {
            Name = CiName,
            Sha = sha,
            PullRequest = pullRequest,
            Branch = StripRefPrefix(Get("GITHUB_HEAD_REF") ?? Get("GITHUB_REF")),
            WorkflowId = Get("GITHUB_WORKFLOW"),
            RunId = Get("GITHUB_RUN_ID"),
            EventName = eventName,
            IsForkPullRequest = isFork,
            SummaryFile = Get("GITHUB_STEP_SUMMARY"),
            RepositoryUrl = RepositoryFrom(serverUrl, Get("GITHUB_REPOSITORY"), warn),
            ApiUrl = Get("GITHUB_API_URL"),
            ServerUrl = serverUrl,
            BaseBranch = baseBranch,
        };
    }

    /// <summary><c>refs/heads/main</c> → <c>main</c>, <c>refs/tags/v1</c> → <c>v1</c>; other refs unchanged.</summary>
    public static string? StripRefPrefix(string? reference)
    {
        if (reference is null)
        {
            return null;
        }

        foreach (var prefix in (ReadOnlySpan<string>)["refs/heads/", "refs/tags/"])
        {
            if (reference.StartsWith(prefix, StringComparison.Ordinal))
            {
                return reference[prefix.Length..];
            }
        }

        return reference;
    }

    private string? Get(string name)
    {
        var value = environment.Get(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private async Task<JsonDocument?> ReadEventAsync(string eventName, Action<string>? warn, CancellationToken cancellationToken)
    {
        var path = Get("GITHUB_EVENT_PATH");
        if (path is null)
        {
            warn?.Invoke($"GITHUB_EVENT_PATH is not set; the {eventName} event's details are unknown");
            return null;
        }

        try
        {
            // Read in one synchronous call: the file is local and small, and an async file stream on Linux costs a
            // thread-pool hop and, in the native binary, run-time generic lookups on every command's start-up path.
            var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                warn?.Invoke($"the event file {path} does not hold a JSON object; the {eventName} event's details are unknown");
                return null;
            }

            return document;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException
                                              or ArgumentException or NotSupportedException)
        {
            warn?.Invoke($"cannot read the event file {path} ({exception.GetType().Name}); the {eventName} event's details are unknown");
            return null;
        }
    }

    private bool IsFromFork(JsonElement pull)
    {
        var head = Property(pull, "head");
        if (head is null || Property(head.Value, "repo") is not { } headRepo)
        {
            // The head repository is gone (a deleted fork): it was not this repository.
            return true;
        }

        var headName = Text(headRepo, "full_name");
        var baseName = Text(pull, "base", "repo", "full_name") ?? Get("GITHUB_REPOSITORY");
        return headName is not null && baseName is not null && !string.Equals(headName, baseName, StringComparison.OrdinalIgnoreCase);
    }

    private static string? PullRequestFromRef(string? reference)
    {
        // refs/pull/<n>/merge or refs/pull/<n>/head
        const string prefix = "refs/pull/";
        if (reference is null || !reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = reference.AsSpan(prefix.Length);
        var slash = rest.IndexOf('/');
        var number = slash < 0 ? rest : rest[..slash];
        return number.Length > 0 && ulong.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? number.ToString()
            : null;
    }

    private static RepositoryUrl? RepositoryFromSlugSafe(string serverUrl, string slug, Action<string>? warn)
    {
        try
        {
            return RepositoryUrl.FromSlug(serverUrl, slug);
        }
        catch (Errors.CmlException exception)
        {
            warn?.Invoke($"GITHUB_REPOSITORY/GITHUB_SERVER_URL do not make a repository URL: {exception.Message}");
            return null;
        }
    }

    private static string? RepositoryFrom(string? serverUrl, string? repository, Action<string>? warn) =>
        repository is null ? null : RepositoryFromSlugSafe(serverUrl ?? DefaultServerUrl, repository, warn)?.ToString();

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    private static JsonElement? Path(JsonElement element, params ReadOnlySpan<string> names)
    {
        JsonElement? current = element;
        foreach (var name in names)
        {
            if (current is not { } value || Property(value, name) is not { } next)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static string? Text(JsonElement element, params ReadOnlySpan<string> names) =>
        Path(element, names) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static string? Number(JsonElement element, string name) => Property(element, name) switch
    {
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var number) && number > 0 =>
            number.ToString(CultureInfo.InvariantCulture),
        { ValueKind: JsonValueKind.String } value when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 =>
            number.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };
}
