using System.Diagnostics;

namespace ContinuousMl.EndToEnd.Metrics;

/// <summary>A <c>--depth=1 --single-branch</c> clone of a local repository, as CI checkouts are.</summary>
internal sealed class ShallowClone : IDisposable
{
    private ShallowClone(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public static ShallowClone Of(string repository, string branch)
    {
        var root = Path.Combine(Path.GetTempPath(), "cml-e2e-clone-" + Guid.NewGuid().ToString("N")[..12]);
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "clone", "-q", "--depth=1", "--single-branch", "--branch", branch, "file://" + repository, root })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? new ShallowClone(root) : throw new InvalidOperationException($"git clone: {error}");
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
