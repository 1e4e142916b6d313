using System.Globalization;
using System.Text;
using System.Text.Json;
using ContinuousMl.Forges;

namespace ContinuousMl.GitLab;

/// <summary>Turns GitLab's answers and transport failures into one-line messages that say what to do.</summary>
internal static class GitLabErrors
{
    public const string TokenAdvice =
        "use a personal, project or group access token with the api scope in REPO_TOKEN, --token or CML_TOKEN (CI_JOB_TOKEN cannot post notes)";

    /// <param name="status">The HTTP status.</param>
    /// <param name="reason">The reason phrase, used when the body names nothing.</param>
    /// <param name="body">The response body, JSON or not.</param>
    /// <param name="action">What we tried, e.g. <c>create a note on merge request !7</c>.</param>
    /// <param name="project">The project's path, when known.</param>
    /// <param name="location">The Location header of a redirect.</param>
    public static ForgeRequestException FromStatus(int status, string? reason, string? body, string action, string? project, Uri? location = null)
    {
        var code = status.ToString(CultureInfo.InvariantCulture);
        var detail = Detail(body) ?? reason ?? string.Empty;

        // GitLab's messages mostly start with the status ("404 Project Not Found"); the others get it in front.
        detail = detail.StartsWith(code, StringComparison.Ordinal) ? detail : $"{code} {detail}".Trim();
        var where = project is null ? string.Empty : $" in {project}";
        return status switch
        {
            401 => new ForgeRequestException(
                $"GitLab rejected the token while trying to {action} ({detail}): {TokenAdvice}", status, outcomeUnknown: false),
            403 => new ForgeRequestException(
                $"GitLab refused to {action}{where} ({detail}): {ForbiddenAdvice(body)}", status, outcomeUnknown: false),
            404 => new ForgeRequestException(
                $"GitLab answered {detail} while trying to {action}{where}: check --repo, the merge request or issue number, and that the token's user is a member of the project",
                status, outcomeUnknown: false),
            >= 300 and < 400 => new ForgeRequestException(
                $"GitLab answered {code} (a redirect to {location?.GetLeftPart(UriPartial.Path) ?? "elsewhere"}) while trying to {action}: pass the project's current URL with --repo",
                status, outcomeUnknown: false),
            429 => new ForgeRequestException(
                $"GitLab's rate limit kept refusing to {action} ({detail}); re-run the job later", status, outcomeUnknown: false),
            >= 500 => new ForgeRequestException(
                $"GitLab failed to {action} ({detail})", status, outcomeUnknown: true),
            _ => new ForgeRequestException(
                $"GitLab refused to {action}{where} ({detail})", status, outcomeUnknown: false),
        };
    }

    /// <summary>No answer at all: the request may or may not have reached GitLab.</summary>
    public static ForgeRequestException NoAnswer(string action, Exception exception) =>
        new($"GitLab did not answer while trying to {action} ({OneLine(exception.Message)})", null, outcomeUnknown: true, exception);

    /// <summary>A 2xx whose body is not what the API documents: most likely not GitLab at all.</summary>
    public static ForgeRequestException Unreadable(string action, Exception? exception = null) =>
        new($"GitLab's answer to \"{action}\" is not the JSON its API documents; check that --repo points to a GitLab project", null, outcomeUnknown: false, exception);

    private static string ForbiddenAdvice(string? body) =>
        body is not null && body.Contains("insufficient_scope", StringComparison.Ordinal)
            ? $"the token lacks the api scope; {TokenAdvice}"
            : $"the token needs the api scope and at least the Reporter role on the project; CI_JOB_TOKEN cannot post notes, so {TokenAdvice}";

    /// <summary>GitLab's error text: <c>message</c> (a string, or an object of field errors), else <c>error</c>.</summary>
    private static string? Detail(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("message", out var message) && Describe(message) is { Length: > 0 } text)
            {
                return OneLine(text);
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String)
            {
                var description = root.TryGetProperty("error_description", out var more) && more.ValueKind == JsonValueKind.String
                    ? $": {more.GetString()}"
                    : string.Empty;
                return OneLine(error.GetString() + description);
            }
        }
        catch (JsonException)
        {
            // An HTML error page from a proxy: the status line says more than its markup.
        }

        return null;
    }

    private static string? Describe(JsonElement message)
    {
        switch (message.ValueKind)
        {
            case JsonValueKind.String:
                return message.GetString();
            case JsonValueKind.Object:
                // {"note": ["is too long (maximum is 1000000 characters)"]}
                var builder = new StringBuilder();
                foreach (var field in message.EnumerateObject())
                {
                    var problems = field.Value.ValueKind == JsonValueKind.Array
                        ? string.Join(", ", field.Value.EnumerateArray().Select(p => p.ToString()))
                        : field.Value.ToString();
                    builder.Append(builder.Length == 0 ? string.Empty : "; ").Append(field.Name).Append(' ').Append(problems);
                }

                return builder.ToString();
            case JsonValueKind.Array:
                return string.Join("; ", message.EnumerateArray().Select(p => p.ToString()));
            default:
                return null;
        }
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
