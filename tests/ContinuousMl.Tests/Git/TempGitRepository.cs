using System.Diagnostics;

namespace ContinuousMl.Tests.Git;

/// <summary>A temporary directory, optionally a git repository, deleted on dispose.</summary>
internal sealed class TempGitRepository : IDisposable
{
    private TempGitRepository(string path)
    {
        Path = path;
    }

    public string Path { get; }

    /// <summary>A plain folder, not inside any repository.</summary>
    public static TempGitRepository Folder()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cml-git-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new TempGitRepository(path);
    }

    /// <summary>A repository on branch <c>main</c> with no commits.</summary>
    public static TempGitRepository Empty()
    {
        var repository = Folder();
        repository.Git("init", "-q");
        repository.Git("symbolic-ref", "HEAD", "refs/heads/main");
        return repository;
    }

    /// <summary>A repository on <c>main</c> with <paramref name="commits"/> commits.</summary>
    public static TempGitRepository WithCommits(int commits = 1)
    {
        var repository = Empty();
        for (var i = 0; i < commits; i++)
        {
            repository.Commit($"commit {i}");
        }

        return repository;
    }

    public void Commit(string message)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, "file.txt"), message);
        Git("add", "file.txt");
        Git("-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", "commit", "-q", "-m", message);
    }

    /// <summary>Runs git in the folder (isolated from the user's and system's config) and returns trimmed stdout.</summary>
    public string Git(params string[] args)
    {
        var startInfo = new ProcessStartInfo("git")
        {
            WorkingDirectory = Path,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        startInfo.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {stderr}");
        }

        return stdout.Result.Trim();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
