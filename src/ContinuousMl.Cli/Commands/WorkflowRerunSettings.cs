namespace ContinuousMl.Cli.Commands;

/// <summary>The options of <c>workflow rerun</c>, after flags and environment are merged.</summary>
/// <param name="Id">The run to rerun; null for the CI's current run.</param>
public sealed record WorkflowRerunSettings(string? Id);
