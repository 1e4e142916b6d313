using System.Diagnostics;
using System.Text;

namespace ContinuousMl.EndToEnd.Infrastructure;

/// <summary>A <c>cml</c> process that keeps running until the test stops it.</summary>
public sealed class RunningCml : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();

    public RunningCml(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Stderr
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToString();
            }
        }
    }

    public string Stdout
    {
        get
        {
            lock (stdout)
            {
                return stdout.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    /// <summary>Sends a POSIX signal (<c>TERM</c>, <c>INT</c>) to cml, as a container stop or Ctrl+C would.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-s", name, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    /// <summary>Waits for cml to exit on its own and returns its exit code; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"cml did not exit within {timeout.TotalSeconds} s; stderr:\n{Stderr}");
        }

        // The asynchronous readers may still hold the last lines.
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, or fails the test after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline || process.HasExited)
            {
                throw new TimeoutException($"{what} did not happen; cml stdout:\n{Stdout}\ncml stderr:\n{Stderr}");
            }

            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.AppendLine(line);
        }
    }
}
