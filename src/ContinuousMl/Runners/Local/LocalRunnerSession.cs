using ContinuousMl.Forges;
using ContinuousMl.Runners.Lifecycle;
using ContinuousMl.Runners.Logs;

namespace ContinuousMl.Runners.Local;

/// <summary>Everything a <see cref="LocalRunnerSupervisor"/> looks after.</summary>
public sealed record LocalRunnerSession
{
    /// <summary>The forge's runner list, to unregister by name or id.</summary>
    public required IRunners Runners { get; init; }

    /// <summary>Reruns the run of a job cut short (spot notice, signal, lifetime); null when the forge has none.</summary>
    public IPipelines? Pipelines { get; init; }

    public required string Name { get; init; }

    public required RunnerRegistration Registration { get; init; }

    public required RunnerLaunchPlan Plan { get; init; }

    /// <summary>The runner program's environment (ours minus the sensitive variables).</summary>
    public required IReadOnlyDictionary<string, string> Environment { get; init; }

    public required RunnerLogParser Parser { get; init; }

    public required RunnerStatusWriter Status { get; init; }

    public required RunnerLifecycle Lifecycle { get; init; }

    /// <summary><c>--no-retry</c>: do not rerun a job the runner was stopped under.</summary>
    public bool NoRetry { get; init; }

    /// <summary>How often the idle, single-job and lifetime rules are checked.</summary>
    public TimeSpan Tick { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the runner may take to exit after SIGINT before it is killed.</summary>
    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Asks the cloud whether it is reclaiming this instance (spot notice); null off a cloud.</summary>
    public Func<CancellationToken, Task<bool>>? IsBeingReclaimed { get; init; }

    public TimeSpan ReclaimPoll { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Runs last, after the status line: an instance terminating itself.</summary>
    public Func<CancellationToken, Task>? AfterStop { get; init; }
}
