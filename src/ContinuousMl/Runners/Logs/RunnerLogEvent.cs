namespace ContinuousMl.Runners.Logs;

/// <summary>One thing a runner's log said.</summary>
/// <param name="Kind">Ready, job started or job ended.</param>
/// <param name="Job">The job's id (GitLab job, Bitbucket step) or name (GitHub), when the line has it.</param>
/// <param name="Pipeline">Bitbucket's pipeline UUID, when the line has it.</param>
/// <param name="Success">For a job that ended: whether it succeeded.</param>
public sealed record RunnerLogEvent(RunnerLogEventKind Kind, string? Job = null, string? Pipeline = null, bool? Success = null);
