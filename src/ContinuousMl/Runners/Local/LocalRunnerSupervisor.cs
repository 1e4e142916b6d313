using ContinuousMl.Errors;
using ContinuousMl.Forges;
using ContinuousMl.Runners.Lifecycle;
using ContinuousMl.Runners.Logs;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Runners.Local;

/// <summary>
/// Runs a runner program on this machine until it is time to stop, then leaves cleanly: the program is stopped,
/// the runner is removed from the forge (on every way out, errors included), a job cut short is rerun unless
/// <c>--no-retry</c>, and CML's <c>terminated</c> status line is written. The idle timeout never stops a busy
/// runner: the forge is asked to remove it first and a "still running a job" answer calls the stop off.
/// </summary>
public sealed class LocalRunnerSupervisor(LocalRunnerSession session, ILogger logger, TimeProvider time)
{
    private const int BusyRemovalAttempts = 5;
    private static readonly TimeSpan BusyRemovalPause = TimeSpan.FromSeconds(2);

    private readonly TaskCompletionSource<StopReason> stopRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool unregistered;

    /// <summary>Asks the runner to stop (a signal); the first reason wins.</summary>
    public void RequestStop(StopReason reason) => stopRequested.TrySetResult(reason);

    /// <summary>Runs the runner to its end and returns why it ended.</summary>
    /// <exception cref="CmlException">The runner could not be configured or started (after it was unregistered).</exception>
    public async Task<StopReason> RunAsync()
    {
        StopReason reason;
        try
        {
            reason = await ConfigureAndRunAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            await UnregisterAsync(hardStop: true).ConfigureAwait(false);
            throw;
        }

        session.Status.WriteTerminated(reason);
        if (session.AfterStop is { } afterStop)
        {
            using var bounded = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await afterStop(bounded.Token).ConfigureAwait(false);
        }

        return reason;
    }

    private async Task<StopReason> ConfigureAndRunAsync()
    {
        if (session.Plan.Configure is { } configure)
        {
            logger.LogInformation("configuring runner {Name}: {Command}", session.Name, configure.Describe());
            using var abort = new CancellationTokenSource();
            var configuring = RunnerProcess.RunToEndAsync(configure, session.Environment, line => logger.LogDebug("{Line}", line), abort.Token);
            var first = await Task.WhenAny(configuring, stopRequested.Task).ConfigureAwait(false);
            if (first == stopRequested.Task)
            {
                await abort.CancelAsync().ConfigureAwait(false);
                await Quietly(configuring).ConfigureAwait(false);
                var early = await stopRequested.Task.ConfigureAwait(false);
                await UnregisterAsync(hardStop: true).ConfigureAwait(false);
                return early;
            }

            var (code, output) = await configuring.ConfigureAwait(false);
            if (code != 0)
            {
                throw new CmlException($"Failed preparing GitHub runner: {Path.GetFileName(configure.FileName)} exited with code {code}{(output.Length > 0 ? ": " + output : string.Empty)}");
            }
        }

        logger.LogInformation("starting runner {Name}: {Command}", session.Name, session.Plan.Run.Describe());
        RunnerProcess process;
        try
        {
            process = RunnerProcess.Start(session.Plan.Run, session.Environment, OnLine);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new CmlException($"could not start the runner {session.Plan.Run.FileName} ({ex.Message}); check --runner-binary", ExitCodes.Failure, ex);
        }

        using (process)
        {
            using var reclaimWatch = new CancellationTokenSource();
            var reclaim = WatchForReclaimAsync(reclaimWatch.Token);
            try
            {
                return await SuperviseAsync(process).ConfigureAwait(false);
            }
            finally
            {
                await reclaimWatch.CancelAsync().ConfigureAwait(false);
                await Quietly(reclaim).ConfigureAwait(false);
            }
        }
    }

    private async Task<StopReason> SuperviseAsync(RunnerProcess process)
    {
        while (true)
        {
            var reason = await NextStopAsync(process).ConfigureAwait(false);
            logger.LogInformation("stopping runner {Name}: {Reason}", session.Name, reason.Reason);

            // What runs now is what a hard stop interrupts; read it before stopping makes the log say "ended".
            var interrupted = session.Lifecycle.RunningJobs;
            var runs = await RunsToRetryAsync(interrupted).ConfigureAwait(false);
            if (reason.Soft)
            {
                try
                {
                    await UnregisterAsync(hardStop: false).ConfigureAwait(false);
                }
                catch (RunnerBusyException ex)
                {
                    logger.LogWarning("\tCancelling shutdown: {Message}", ex.Message);
                    session.Lifecycle.RestartIdleClock();
                    continue;
                }

                await process.StopAsync(session.StopGrace).ConfigureAwait(false);
                return reason;
            }

            if (!process.Exited.IsCompleted)
            {
                await process.StopAsync(session.StopGrace).ConfigureAwait(false);
            }

            await UnregisterAsync(hardStop: true).ConfigureAwait(false);
            await RetryAsync(runs).ConfigureAwait(false);
            return reason;
        }
    }

    private async Task<StopReason> NextStopAsync(RunnerProcess process)
    {
        while (true)
        {
            if (session.Lifecycle.Check() is { } due)
            {
                return due;
            }

            var tick = Task.Delay(session.Tick, time);
            var first = await Task.WhenAny(stopRequested.Task, process.Exited, tick).ConfigureAwait(false);
            if (first == stopRequested.Task)
            {
                return await stopRequested.Task.ConfigureAwait(false);
            }

            if (first == process.Exited)
            {
                // An ephemeral runner exits after its job: that is the single-job stop, not a failure.
                return session.Lifecycle.Check() ?? StopReason.RunnerExited(await process.Exited.ConfigureAwait(false));
            }
        }
    }

    private void OnLine(string line)
    {
        logger.LogDebug("{Line}", line);
        foreach (var logEvent in session.Parser.Parse(line))
        {
            switch (logEvent.Kind)
            {
                case RunnerLogEventKind.JobStarted:
                    session.Lifecycle.JobStarted(logEvent.Job, logEvent.Pipeline);
                    break;
                case RunnerLogEventKind.JobEnded:
                    session.Lifecycle.JobEnded();
                    break;
            }

            session.Status.Write(logEvent);
        }
    }

    private async Task WatchForReclaimAsync(CancellationToken cancellationToken)
    {
        if (session.IsBeingReclaimed is not { } isBeingReclaimed)
        {
            return;
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (await isBeingReclaimed(cancellationToken).ConfigureAwait(false))
                {
                    logger.LogWarning("the cloud is reclaiming this spot instance; stopping runner {Name}", session.Name);
                    RequestStop(StopReason.SpotInterruption);
                    return;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogDebug("spot notice check failed: {Message}", ex.Message);
            }

            await Task.Delay(session.ReclaimPoll, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The runs of the jobs a hard stop interrupts, found while the forge still shows them running.</summary>
    private async Task<IReadOnlyList<string>> RunsToRetryAsync(IReadOnlyList<RunnerJob> interrupted)
    {
        if (session.NoRetry || interrupted.Count == 0 || session.Pipelines is null)
        {
            return [];
        }

        var runs = new List<string>();
        foreach (var job in interrupted)
        {
            try
            {
                using var bounded = new CancellationTokenSource(TimeSpan.FromMinutes(1));
                if (await session.Runners.FindRunOfJobAsync(session.Name, job, bounded.Token).ConfigureAwait(false) is { } run && !runs.Contains(run))
                {
                    runs.Add(run);
                }
                else
                {
                    logger.LogWarning("could not find the run of job {Job} to rerun it", job.Id ?? "(unnamed)");
                }
            }
            catch (Exception ex) when (ex is CmlException or OperationCanceledException)
            {
                logger.LogWarning("could not find the run of job {Job} to rerun it: {Message}", job.Id ?? "(unnamed)", ex.Message);
            }
        }

        return runs;
    }

    private async Task RetryAsync(IReadOnlyList<string> runs)
    {
        if (runs.Count == 0 || session.Pipelines is not { } pipelines)
        {
            return;
        }

        logger.LogInformation("Still pending jobs, retrying workflow...");
        foreach (var run in runs)
        {
            try
            {
                using var bounded = new CancellationTokenSource(TimeSpan.FromMinutes(5));
                var outcome = await pipelines.RerunAsync(run, bounded.Token).ConfigureAwait(false);
                logger.LogInformation("{Noun} {Id} started again: {Url}", pipelines.RunNoun, run, outcome.Url ?? outcome.Id);
            }
            catch (Exception ex) when (ex is CmlException or OperationCanceledException)
            {
                logger.LogError("could not rerun {Noun} {Id}: {Message}", pipelines.RunNoun, run, ex.Message);
            }
        }
    }

    /// <summary>
    /// Removes the runner from the forge. A soft stop lets <see cref="RunnerBusyException"/> through (the stop is
    /// called off); a hard stop waits a little for the forge to see the job end, then gives up with a warning.
    /// </summary>
    private async Task UnregisterAsync(bool hardStop)
    {
        if (unregistered)
        {
            return;
        }

        logger.LogInformation("Unregistering runner {Name}...", session.Name);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var bounded = new CancellationTokenSource(TimeSpan.FromMinutes(2));
                var runner = await FindSelfAsync(bounded.Token).ConfigureAwait(false);
                if (runner is null)
                {
                    logger.LogInformation("\trunner {Name} is not registered (already removed)", session.Name);
                }
                else
                {
                    await session.Runners.RemoveAsync(runner, bounded.Token).ConfigureAwait(false);
                    logger.LogInformation("\tSuccess");
                }

                unregistered = true;
                return;
            }
            catch (RunnerBusyException) when (!hardStop)
            {
                throw;
            }
            catch (RunnerBusyException ex) when (attempt < BusyRemovalAttempts)
            {
                logger.LogDebug("\t{Message}; trying again", ex.Message);
                await Task.Delay(BusyRemovalPause, time).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is CmlException or OperationCanceledException or HttpRequestException)
            {
                logger.LogError("\tFailed to unregister runner {Name}: {Message}", session.Name, ex.Message);
                return;
            }
        }
    }

    private async Task<RegisteredRunner?> FindSelfAsync(CancellationToken cancellationToken)
    {
        if (session.Runners.CanList)
        {
            var listed = (await session.Runners.ListAsync(cancellationToken).ConfigureAwait(false))
                .FirstOrDefault(r => r.Name == session.Name && (session.Registration.RunnerId is null || r.Id == session.Registration.RunnerId));
            if (listed is not null || session.Registration.RunnerId is null)
            {
                return listed;
            }
        }

        return session.Registration.RunnerId is { } id ? new RegisteredRunner(id, session.Name, [], false, false) : null;
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Already handled or deliberately abandoned.
        }
    }
}
