using System.Diagnostics;

namespace ContinuousMl.EndToEnd.Infrastructure;

/// <summary>A throwaway git checkout with one commit, as actions/checkout leaves it.</summary>
public sealed class GitWorkspace : IDisposable
{
    private GitWorkspace(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string HeadSha => Git("rev-parse", "HEAD").Trim();

    public static GitWorkspace Create(string originUrl, IReadOnlyDictionary<string, byte[]> files)
    {
        var root = Path.Combine(Path.GetTempPath(), "cml-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var workspace = new GitWorkspace(root);
        foreach (var (path, content) in files)
        {
            workspace.Write(path, content);
        }

        workspace.Git("init", "-q", "-b", "feature");
        workspace.Git("remote", "add", "origin", originUrl);
        workspace.Git("add", "-A");
        workspace.Git("-c", "user.name=test", "-c", "user.email=test@localhost", "commit", "-q", "-m", "train", "--allow-empty");
        return workspace;
    }

    public string Write(string relativePath, byte[] content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Write(string relativePath, string content) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    public string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
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

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
