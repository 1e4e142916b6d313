namespace ContinuousMl.Forges;

/// <summary>A job a runner took, as its log names it.</summary>
/// <param name="Id">The job id when the log has one (GitLab's job, Bitbucket's step), else the job's name (GitHub).</param>
/// <param name="Pipeline">The run it belongs to when the log says (Bitbucket's pipeline UUID), else null.</param>
/// <param name="Started">When the runner started it.</param>
public sealed record RunnerJob(string? Id, string? Pipeline, DateTimeOffset Started);
