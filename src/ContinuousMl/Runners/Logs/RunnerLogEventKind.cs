namespace ContinuousMl.Runners.Logs;

/// <summary>What a runner's log line says happened; the names are CML's <c>"status"</c> values.</summary>
public enum RunnerLogEventKind
{
    /// <summary><c>ready</c>: connected and waiting for jobs.</summary>
    Ready,

    /// <summary><c>job_started</c>.</summary>
    JobStarted,

    /// <summary><c>job_ended</c>.</summary>
    JobEnded,
}
