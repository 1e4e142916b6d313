namespace ContinuousMl.Git;

/// <summary>The outcome of one <c>git</c> invocation.</summary>
/// <param name="ExitCode">git's exit code, or <see cref="NotRun"/> when git could not be started.</param>
/// <param name="StandardOutput">Everything git wrote to stdout, unchanged.</param>
/// <param name="StandardError">Everything git wrote to stderr, or why git could not be started.</param>
public sealed record GitResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>The exit code reported when the git process never ran (no git on PATH, bad directory).</summary>
    public const int NotRun = -1;

    public bool Succeeded => ExitCode == 0;

    /// <summary>The first line of stdout without its line ending, or null when git failed or printed nothing.</summary>
    public string? FirstLine
    {
        get
        {
            if (!Succeeded)
            {
                return null;
            }

            var text = StandardOutput;
            var end = text.IndexOfAny(['\r', '\n']);
            var line = (end < 0 ? text : text[..end]).Trim();
            return line.Length == 0 ? null : line;
        }
    }

    public static GitResult Failed(string reason) => new(NotRun, string.Empty, reason);
}
