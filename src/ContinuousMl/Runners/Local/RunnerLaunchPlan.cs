namespace ContinuousMl.Runners.Local;

/// <summary>How a runner program is configured (GitHub's <c>config.sh</c>; nothing elsewhere) and started.</summary>
/// <param name="Configure">Runs to completion before the runner starts; null when there is no such step.</param>
/// <param name="Run">The long-running runner whose log is watched.</param>
public sealed record RunnerLaunchPlan(RunnerCommand? Configure, RunnerCommand Run);
