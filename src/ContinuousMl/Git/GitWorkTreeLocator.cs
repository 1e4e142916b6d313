namespace ContinuousMl.Git;

/// <summary>
/// Finds the work tree's top-level directory the way <c>git rev-parse --show-toplevel</c> does for a plain checkout,
/// without starting git: every command that uploads files needs the workspace boundary, and a git process is a few
/// milliseconds of a start-up measured in tens. Anything out of the ordinary (git's discovery variables, a
/// <c>core.worktree</c> setting, a start inside a <c>.git</c> directory, a <c>.git</c> that is not a repository)
/// answers <see cref="Undecided"/> so the caller asks git itself.
/// </summary>
internal static class GitWorkTreeLocator
{
    /// <summary>What <see cref="Find"/> returns when only git can answer.</summary>
    public const string Undecided = "";

    private static readonly string[] DiscoveryVariables =
    [
        "GIT_DIR", "GIT_WORK_TREE", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM", "GIT_COMMON_DIR",
        "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT",
    ];

    /// <summary>
    /// The top-level directory above (or at) <paramref name="start"/>, null when there is no repository up to the
    /// file-system root, or <see cref="Undecided"/>.
    /// </summary>
    public static string? Find(string start, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (OperatingSystem.IsWindows() || !Path.IsPathFullyQualified(start)
            || DiscoveryVariables.Any(name => !string.IsNullOrEmpty(environment(name))))
        {
            return Undecided;
        }

        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (directory.Name == ".git")
            {
                return Undecided;
            }

            var dotGit = Path.Combine(directory.FullName, ".git");
            if (File.Exists(dotGit))
            {
                return IsGitFile(dotGit) ? directory.FullName : Undecided;
            }

            if (Directory.Exists(dotGit))
            {
                return IsPlainRepository(dotGit) ? directory.FullName : Undecided;
            }
        }

        return null;
    }

    // A linked work tree or a submodule: `.git` is a file pointing at the repository.
    private static bool IsGitFile(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return reader.ReadLine()?.StartsWith("gitdir:", StringComparison.Ordinal) == true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // git only takes `.git` as a repository when it has HEAD; core.worktree moves the top level elsewhere.
    private static bool IsPlainRepository(string gitDirectory)
    {
        try
        {
            if (!File.Exists(Path.Combine(gitDirectory, "HEAD")))
            {
                return false;
            }

            var config = Path.Combine(gitDirectory, "config");
            return !File.Exists(config)
                   || File.ReadAllText(config).IndexOf("worktree", StringComparison.OrdinalIgnoreCase) < 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
