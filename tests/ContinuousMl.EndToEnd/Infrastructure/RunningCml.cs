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

    /// <summary>Waits until <paramref name="condition"/> holds, or fails the test after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline || process.HasExited)
            {
                throw new TimeoutException($"{what} did not happen; cml stderr:\n{Stderr}");
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
