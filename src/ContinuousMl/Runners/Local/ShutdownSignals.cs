using System.Runtime.InteropServices;
using ContinuousMl.Runners.Lifecycle;

namespace ContinuousMl.Runners.Local;

/// <summary>
/// SIGTERM, SIGINT and SIGQUIT as a stop request instead of an abrupt exit, so the runner is stopped and
/// unregistered first (a container stop, a systemd stop, Ctrl+C). The first signal wins.
/// </summary>
public sealed class ShutdownSignals : IDisposable
{
    private readonly List<PosixSignalRegistration> registrations = [];
    private readonly TaskCompletionSource<StopReason> received = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ShutdownSignals()
    {
        foreach (var (signal, name) in new[] { (PosixSignal.SIGTERM, "SIGTERM"), (PosixSignal.SIGINT, "SIGINT"), (PosixSignal.SIGQUIT, "SIGQUIT") })
        {
            try
            {
                registrations.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    context.Cancel = true;
                    received.TrySetResult(StopReason.Signal(name));
                }));
            }
            catch (PlatformNotSupportedException)
            {
                // Not every signal exists everywhere; the others still work.
            }
        }
    }

    /// <summary>Completes with the first signal's stop reason.</summary>
    public Task<StopReason> Received => received.Task;

    /// <summary>Stops as a signal would (the command's own cancellation: Ctrl+C seen by the entry point).</summary>
    public void Raise(StopReason reason) => received.TrySetResult(reason);

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }
    }
}
