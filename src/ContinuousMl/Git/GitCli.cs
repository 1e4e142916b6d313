using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ContinuousMl.Git;

/// <summary>
/// A thin wrapper over the <c>git</c> executable. Arguments go through <see cref="ProcessStartInfo.ArgumentList"/>,
/// never a shell. Nothing runs at construction, and no method throws because git is missing or the directory is
/// not a repository: the helpers return null and <see cref="RunAsync(string[])"/> returns a failed result.
/// </summary>
public sealed class GitCli
{
    private readonly string executable;
    private readonly bool trustRepository;
    private IReadOnlyDictionary<string, string> extraEnvironment = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <param name="workingDirectory">Where git runs; the current directory when null.</param>
    /// <param name="executable">The git executable, looked up on PATH unless rooted.</param>
    /// <param name="trustRepository">
    /// Pass <c>-c safe.directory=*</c> so a checkout owned by another user (CI containers) is not refused as
    /// "dubious ownership". CML fixes that by editing the global git config; this affects only our own calls.
    /// </param>
    public GitCli(string? workingDirectory = null, string executable = "git", bool trustRepository = false)
    {
        WorkingDirectory = string.IsNullOrEmpty(workingDirectory) ? null : workingDirectory;
        this.executable = executable;
        this.trustRepository = trustRepository;
    }

    /// <summary>The directory git runs in, or null for the process's current directory.</summary>
    public string? WorkingDirectory { get; }

    /// <summary>
    /// The same git with <paramref name="variables"/> added to every child's environment: how a secret (an
    /// authorization header through <c>GIT_CONFIG_*</c>) reaches git without appearing in its arguments or config.
    /// </summary>
    public GitCli WithEnvironment(IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return new GitCli(WorkingDirectory, executable, trustRepository) { extraEnvironment = variables };
    }

    /// <summary>Runs <c>git args…</c> and captures its output.</summary>
    public Task<GitResult> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

    /// <summary>Runs <c>git args…</c> and captures its output. Only cancellation throws.</summary>
    public async Task<GitResult> RunAsync(IEnumerable<string> args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var startInfo = StartInfo(args, Encoding.UTF8);
        Process process;
        try
        {
            var started = Process.Start(startInfo);
            if (started is null)
            {
                return GitResult.Failed($"could not start {executable}");
            }

            process = started;
        }
        catch (Exception exception) when (exception is Win32Exception or IOException or InvalidOperationException
                                              or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return GitResult.Failed($"could not start {executable}: {exception.Message}");
        }

        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                return new GitResult(
                    process.ExitCode,
                    await stdout.ConfigureAwait(false),
                    await stderr.ConfigureAwait(false));
            }
            catch (OperationCanceledException)
            {
                TryKill(process);
                throw;
            }
        }
    }

    /// <summary>
    /// How every git child starts: no prompt, no optional locks, our extra variables, and the trust option.
    /// <paramref name="outputEncoding"/> is null for a child whose stdout is read as bytes.
    /// </summary>
    internal ProcessStartInfo StartInfo(IEnumerable<string> args, Encoding? outputEncoding)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = outputEncoding,
            StandardErrorEncoding = Encoding.UTF8,
            CreateNoWindow = true,
        };
        if (WorkingDirectory is not null)
        {
            startInfo.WorkingDirectory = WorkingDirectory;
        }

        startInfo.Environment["GIT_TERMINAL_PROMPT"] = "0";
        startInfo.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        foreach (var (name, value) in extraEnvironment)
        {
            startInfo.Environment[name] = value;
        }

        if (trustRepository)
        {
            startInfo.ArgumentList.Add("-c");
            startInfo.ArgumentList.Add("safe.directory=*");
        }

        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        return startInfo;
    }

    /// <summary>
    /// The full sha of the commit <paramref name="rev"/> names (a sha, a prefix, a branch, a tag, <c>HEAD~1</c>…),
    /// or null when it names no commit, the repository has no commits, or this is not a repository.
    /// </summary>
    public async Task<string?> TryRevParseAsync(string rev, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(rev) || rev.StartsWith('-'))
        {
            return null;
        }

        var result = await RunAsync(["rev-parse", "--verify", "--quiet", rev + "^{commit}"], cancellationToken)
            .ConfigureAwait(false);
        var sha = result.FirstLine;
        return sha is not null && IsFullSha(sha) ? sha : null;
    }

    /// <summary>
    /// The repository's root directory (<c>git rev-parse --show-toplevel</c>), or null. A trusted plain checkout is
    /// found on disk (<see cref="GitWorkTreeLocator"/>) without starting git.
    /// </summary>
    public async Task<string?> TopLevelAsync(CancellationToken cancellationToken = default)
    {
        // Only from the process's own directory: the system already gives it with symbolic links resolved, as git
        // prints the top level, where a directory passed in may go through a link.
        var current = Directory.GetCurrentDirectory();
        if (trustRepository && (WorkingDirectory is null || WorkingDirectory == current))
        {
            var found = GitWorkTreeLocator.Find(current, Environment.GetEnvironmentVariable);
            if (found != GitWorkTreeLocator.Undecided)
            {
                return found;
            }
        }

        var result = await RunAsync(["rev-parse", "--show-toplevel"], cancellationToken).ConfigureAwait(false);
        return result.FirstLine;
    }

    /// <summary>The remote's URL as configured (<c>git config --get remote.&lt;remote&gt;.url</c>), or null.</summary>
    public async Task<string?> RemoteUrlAsync(string remote = "origin", CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(remote))
        {
            return null;
        }

        var result = await RunAsync(["config", "--get", $"remote.{remote}.url"], cancellationToken).ConfigureAwait(false);
        return result.FirstLine;
    }

    /// <summary>The checked-out branch (<c>git branch --show-current</c>), or null when HEAD is detached.</summary>
    public async Task<string?> CurrentBranchAsync(CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(["branch", "--show-current"], cancellationToken).ConfigureAwait(false);
        return result.FirstLine;
    }

    private static bool IsFullSha(string value)
    {
        if (value.Length is not (40 or 64))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void TryKill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }
}
