using System.Diagnostics;

namespace ContinuousMl.EndToEnd.Infrastructure;

/// <summary>
/// A bare repository on disk standing in for the forge's git server: the workspace's <c>origin</c> points at it and
/// its branch <paramref name="branch"/> holds the workspace's HEAD, so fetch and push work without a network.
/// </summary>
public sealed class BareRemote : IDisposable
{
    private BareRemote(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public static BareRemote For(GitWorkspace workspace, string branch)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cml-e2e-remote-" + Guid.NewGuid().ToString("N")[..12] + ".git");
        var remote = new BareRemote(path);
        GitIn(System.IO.Path.GetTempPath(), "init", "-q", "--bare", path);
        workspace.Git("remote", "set-url", "origin", path);
        workspace.Git("push", "-q", "origin", $"HEAD:refs/heads/{branch}");
        return remote;
    }

    /// <summary>Runs git in the bare repository and returns its output.</summary>
    public string Git(params string[] args) => GitIn(Path, args);

    /// <summary>The branches, without <c>refs/heads/</c>.</summary>
    public IReadOnlyList<string> Branches() =>
        Git("for-each-ref", "--format=%(refname:short)", "refs/heads").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The repository's config file, to look for secrets in.</summary>
    public string Config() => File.ReadAllText(System.IO.Path.Combine(Path, "config"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Runs git in <paramref name="directory"/> (a clone of this remote, say) and returns its output.</summary>
    public static string GitIn(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', args)}: {error}");
    }
}
