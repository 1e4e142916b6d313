using ContinuousMl.Forges;

namespace ContinuousMl.Runners.Lifecycle;

/// <summary>
/// The runner's clock: what it is doing (idle, or running jobs) and whether it is time to stop. The idle timeout
/// counts only while no job runs and restarts when one ends, so a long job is never cut short by it (CML's
/// #923, #808, #1054); the maximum lifetime bounds everything, busy or not. Thread-safe: log lines arrive on
/// the process's reader threads while the supervisor checks on its own.
/// </summary>
public sealed class RunnerLifecycle
{
    private readonly RunnerLifecycleOptions options;
    private readonly TimeProvider time;
    private readonly DateTimeOffset started;
    private readonly List<RunnerJob> running = [];
    private readonly Lock gate = new();
    private DateTimeOffset idleSince;
    private bool singleJobDone;
    private int jobsEnded;

    public RunnerLifecycle(RunnerLifecycleOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        this.options = options;
        this.time = time;
        started = time.GetUtcNow();
        idleSince = started;
    }

    public bool IsBusy
    {
        get
        {
            lock (gate)
            {
                return running.Count > 0;
            }
        }
    }

    /// <summary>The jobs running now, oldest first: the ones to rerun when the runner is stopped under them.</summary>
    public IReadOnlyList<RunnerJob> RunningJobs
    {
        get
        {
            lock (gate)
            {
                return running.ToArray();
            }
        }
    }

    public int JobsEnded
    {
        get
        {
            lock (gate)
            {
                return jobsEnded;
            }
        }
    }

    public RunnerJob JobStarted(string? id, string? pipeline)
    {
        lock (gate)
        {
            var job = new RunnerJob(id, pipeline, time.GetUtcNow());
            running.Add(job);
            return job;
        }
    }

    /// <summary>A job ended: the runner is idle again (runners run one job at a time) and the idle clock restarts.</summary>
    public void JobEnded()
    {
        lock (gate)
        {
            running.Clear();
            jobsEnded++;
            idleSince = time.GetUtcNow();
            singleJobDone |= options.Single;
        }
    }

    /// <summary>The forge said the runner is still busy when we tried to leave: wait a whole idle period again.</summary>
    public void RestartIdleClock()
    {
        lock (gate)
        {
            idleSince = time.GetUtcNow();
        }
    }

    /// <summary>Why the runner should stop now, or null to keep running.</summary>
    public StopReason? Check()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (options.MaxLifetime is { } lifetime && now - started >= lifetime)
            {
                return StopReason.MaxLifetime(lifetime);
            }

            if (singleJobDone)
            {
                return StopReason.SingleJob;
            }

            if (options.IdleTimeout is { } idle && running.Count == 0 && now - idleSince >= idle)
            {
                return StopReason.IdleTimeout(idle);
            }

            return null;
        }
    }
}
