namespace ContinuousMl.Git;

/// <summary>git's own words for a failed command, on one line, for an error message.</summary>
public static class GitFailure
{
    public static string Describe(GitResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = string.IsNullOrWhiteSpace(result.StandardError) ? result.StandardOutput : result.StandardError;
        var lines = text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith("hint:", StringComparison.Ordinal));
        var message = string.Join(' ', lines);
        return message.Length == 0 ? $"git exited with code {result.ExitCode}" : message;
    }
}
