using ContinuousMl.Errors;

namespace ContinuousMl.Git;

/// <summary>
/// The files <c>git status</c> reports as changed (modified, added, deleted, renamed, untracked; every untracked file
/// listed on its own), as paths from the repository's root with <c>/</c>.
/// </summary>
public static class GitStatusReader
{
    public static async Task<IReadOnlyList<string>> ChangedFilesAsync(GitCli git, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(git);
        var result = await git.RunAsync(["status", "--porcelain=v1", "-z", "--untracked-files=all"], cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? Parse(result.StandardOutput)
            : throw new CmlException($"git status failed: {GitFailure.Describe(result)}");
    }

    /// <summary>Reads <c>git status --porcelain=v1 -z</c>: <c>XY path</c> entries, a rename followed by its old path.</summary>
    public static IReadOnlyList<string> Parse(string porcelain)
    {
        ArgumentNullException.ThrowIfNull(porcelain);
        var files = new List<string>();
        var entries = porcelain.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Length < 4)
            {
                continue;
            }

            files.Add(entry[3..]);
            if (entry[0] is 'R' or 'C')
            {
                // The old path of a rename or copy comes next; the new one is the file to commit.
                i++;
            }
        }

        return files;
    }
}
