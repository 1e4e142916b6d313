using System.Diagnostics;
using System.Text;

namespace ContinuousMl.Runners.Local;

/// <summary>
/// A runner program running as our child: every line it prints (stdout and stderr) goes to a callback, and it is
/// stopped the way its authors intend (SIGINT, so it can tell the forge it leaves), killed only if it hangs.
/// </summary>
public sealed class RunnerProcess : IDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunnerProcess(Process process) => this.process = process;

    /// <summary>Completes with the exit code once the program exited and its output was read to the end.</summary>
    public Task<int> Exited => exited.Task;

    public int Id => process.Id;

    /// <exception cref="System.ComponentModel.Win32Exception">The program could not be started.</exception>
    public static RunnerProcess Start(RunnerCommand command, IReadOnlyDictionary<string, string> environment, Action<string> onLine)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(onLine);
        var start = new ProcessStartInfo(command.FileName)
        {
            WorkingDirectory = command.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var (name, value) in command.Environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var runner = new RunnerProcess(process);
        // Both streams drained and the exit seen: the exit code is final and no line is still on its way.
        // (Process.WaitForExit() would wait for the very handlers this runs in.)
        var pending = 3;
        void Closed()
        {
            if (Interlocked.Decrement(ref pending) == 0)
            {
                runner.exited.TrySetResult(process.ExitCode);
            }
        }

        process.Exited += (_, _) => Closed();

        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                Closed();
            }
            else
            {
                onLine(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                Closed();
            }
            else
            {
                onLine(e.Data);
            }
        };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return runner;
    }

    /// <summary>Runs <paramref name="command"/> to its end; returns its exit code and its last lines of output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToEndAsync(
        RunnerCommand command, IReadOnlyDictionary<string, string> environment, Action<string> onLine, CancellationToken cancellationToken)
    {
        var tail = new Queue<string>();
        using var child = Start(command, environment, line =>
        {
            onLine(line);
            lock (tail)
            {
                tail.Enqueue(line);
                if (tail.Count > 5)
                {
                    tail.Dequeue();
                }
            }
        });
        try
        {
            var code = await child.Exited.WaitAsync(cancellationToken).ConfigureAwait(false);
            lock (tail)
            {
                return (code, string.Join(" | ", tail.Where(l => l.Trim().Length > 0).Select(l => l.Trim())));
            }
        }
        catch (OperationCanceledException)
        {
            await child.StopAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>SIGINT, then a kill of the whole tree if it has not exited within <paramref name="grace"/>.</summary>
    /// <returns>The exit code, or null when it had to be killed.</returns>
    public async Task<int?> StopAsync(TimeSpan grace)
    {
        if (Exited.IsCompleted)
        {
            return await Exited.ConfigureAwait(false);
        }

        try
        {
            if (!PosixSignals.Interrupt(process.Id))
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the signal.
        }

        try
        {
            return await Exited.WaitAsync(grace).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }

            await Exited.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            return null;
        }
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }

        process.Dispose();
    }
}
