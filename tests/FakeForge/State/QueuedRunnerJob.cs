namespace FakeForge;

/// <summary>A job waiting for a runner of a scope, then running on one.</summary>
/// <param name="Id">The job id.</param>
/// <param name="Scope"><c>owner/repo</c> whose runners may take it.</param>
/// <param name="Name">The job's name, as the runner's log prints it.</param>
/// <param name="RunId">The workflow run it belongs to, or null.</param>
/// <param name="Duration">How long the fake runner works on it; null until the test releases it.</param>
/// <param name="Result">What the runner reports: Succeeded, Failed.</param>
/// <param name="RunnerName">The runner that took it, once taken.</param>
/// <param name="Released">The test let it finish.</param>
/// <param name="Finished">The runner reported it done.</param>
public sealed record QueuedRunnerJob(long Id, string Scope, string Name, long? RunId, TimeSpan? Duration, string Result, string? RunnerName, bool Released, bool Finished);
